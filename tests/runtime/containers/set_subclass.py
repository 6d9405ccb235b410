def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class S(set):
    pass
s = S([1, 2])
print(s, repr(S()), type(s | {3}).__name__, type(s.copy()).__name__, type(s.union()).__name__, isinstance(s, set))
s |= {5}; print(s, type(s).__name__)
class F(frozenset):
    pass
f = F([1])
print(f, type(f | {2}).__name__, type(f.copy()).__name__, hash(f) == hash(frozenset([1])))
class Tracked(set):
    def add(self, x):
        print('adding', x)
        super().add(x)
t = Tracked(); t.add(1); print(t)
class WithInit(set):
    def __init__(self, items, tag):
        set.__init__(self, items)
        self.tag = tag
w = WithInit([3, 4], 'T'); print(w, w.tag)
