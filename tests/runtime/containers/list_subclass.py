def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
    def __getitem__(self, i):
        return ('item', list.__getitem__(self, i))
m = MyList([1, 2, 3])
print(m[0], m.extra, len(m), list(m), m == [1, 2, 3], repr(m))
m.append(4); print(m, m.count(4), 4 in m)
class Sorted(list):
    def append(self, x):
        super().append(x)
        self.sort()
s = Sorted(); s.append(3); s.append(1); s.append(2); print(s)
print(isinstance(s, list), type(s).__mro__[1].__name__)
