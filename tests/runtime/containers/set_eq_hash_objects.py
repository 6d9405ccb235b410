def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K%d' % self.v
s = {K(1), K(4), K(7), K(1)}
print(len(s), K(4) in s, K(10) in s)
s.remove(K(4)); print(len(s), K(4) in s)
print(sorted(x.v for x in s))
class Unh:
    __hash__ = None
show(lambda: {Unh()})
print({1, 1.0, True}, {0, 0.0, False, -0.0})
