# _collections._count_elements on dicts, dict subclasses and other mappings.
from _collections import _count_elements


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


d = {}
_count_elements(d, 'abracadabra')
print(sorted(d.items()))
_count_elements(d, ['a', 'z'])
print(d['a'], d['z'])


class Sub(dict):
    pass


s = Sub()
_count_elements(s, [1, 1, 2])
print(s)


class Logged(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)


lg = Logged()
_count_elements(lg, 'aab')
print(lg)


class Mapping:
    def __init__(self):
        self.d = {}

    def get(self, k, default):
        return self.d.get(k, default)

    def __setitem__(self, k, v):
        self.d[k] = v


m = Mapping()
_count_elements(m, 'xxy')
print(m.d)
f = {'a': 1.5}
_count_elements(f, 'aa')
print(f)
err(lambda: _count_elements({}))
err(lambda: _count_elements({}, 1))
err(lambda: _count_elements({}, [[1]]))
err(lambda: _count_elements(1, 'a'))
