def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys({1: 2, 3: 4}, 'v'), dict.fromkeys(range(3), []))
class D(dict): pass
r = D.fromkeys([1, 2]); print(type(r).__name__, r)
class E(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
print(E.fromkeys([1], 5))
print(dict.fromkeys({5, 6}))
