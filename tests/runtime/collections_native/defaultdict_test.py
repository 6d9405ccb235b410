# defaultdict: default_factory, __missing__, repr, copy, |, |=, errors.
from _collections import defaultdict


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


d = defaultdict(list)
d['a'].append(1)
d['b']
print(d, d['a'], len(d), 'c' in d, d.get('c'), d.default_factory)
c = defaultdict(int, {'x': 1}, y=2)
c['z'] += 5
print(sorted(c.items()), c.default_factory is int)
n = defaultdict()
print(n, n.default_factory)
err(lambda: n['missing'])
print(defaultdict(None, a=1), defaultdict(lambda: 'v')['k'], defaultdict(list, [(1, 2)]))
err(lambda: defaultdict(1))
err(lambda: defaultdict(list, {}, {}))
err(lambda: defaultdict(list).__missing__())
d = defaultdict(list, a=[1])
e = d.copy()
e['a'].append(2)
e['b']
print(d, e, type(e).__name__, e.default_factory is list)
print(d.__copy__(), type(d.__copy__()).__name__)
print(d | {'z': 0}, type(d | {'z': 0}).__name__, {'z': 0} | d, type({'z': 0} | d).__name__)
d |= {'q': 1}
print(d)
for bad in ([1], 1):
    try:
        d | bad
    except TypeError as e:
        print('TypeError', str(e).startswith('unsupported operand type(s) for |:'))
d.default_factory = set
d['s'].add(1)
print(d['s'], isinstance(d, dict), type(d).__mro__)
del d.default_factory
print(d.default_factory)
err(lambda: d['nothing'])
r = defaultdict(list, {1: 2}).__reduce__()
print(r[0] is defaultdict, r[1], r[2], r[3], list(r[4]))
print(defaultdict(int).__reduce__()[1], defaultdict(None).__reduce__()[1])
print(defaultdict[str, int], defaultdict.__name__, defaultdict.__module__, repr(defaultdict))
rec = defaultdict(list)
rec['self'] = rec
print(rec)
f = defaultdict(list)
f.default_factory = f.copy
print(repr(f).startswith('defaultdict(<built-in method copy'))
print(d == dict(d), defaultdict(int, a=1) == {'a': 1})


class DD(defaultdict):
    pass


dd = DD(int)
dd['k'] += 1
print(dd, type(dd.copy()).__name__, dd.default_factory)


class M(defaultdict):
    def __missing__(self, key):
        return key * 2


m = M(list)
print(m['ab'], m, dict(m))
calls = []


def factory():
    calls.append(1)
    return len(calls)


g = defaultdict(factory)
print(g['a'], g['a'], g['b'], g.get('c'), g.setdefault('d', 0), calls)
print(g.pop('a'), dict(g), sorted(g))
