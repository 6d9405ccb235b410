def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D(); d['a'] = 1; print(d)
d.update(b=2); print(d)
print(repr(D(x=1)), len(D(x=1, y=2)), D(x=1).get('x'), list(D(x=1, y=2).items()))
class KeyTrack(dict):
    def __iter__(self): return iter(['fake'])
    def keys(self): return ['a']
    def __getitem__(self, k): return 'from_getitem'
k = KeyTrack(a=1)
print(dict(k))
