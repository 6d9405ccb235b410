def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {}
d.update({1: 'a'}); d.update([(2, 'b')]); d.update(c=3); d.update({4: 'd'}, e=5); print(d)
class M:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k.upper()
d.update(M()); print(d)
print(dict(M()))
d.update(zip(range(3), 'xyz')); print(d)
d.update(); print(len(d))
class DD(dict):
    def keys(self): return ['only']
    def __getitem__(self, k): return 'X'
x = {}; x.update(DD(a=1)); print(x)
