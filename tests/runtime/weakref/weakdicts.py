# weakref.WeakValueDictionary / WeakKeyDictionary with live objects.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'V(%d)' % self.n


vals = [V(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for i, v in enumerate(vals):
    d['k%d' % i] = v
print(len(d), d['k2'], d.get('k9'), 'k1' in d, 'zz' in d)
del d['k0']
print(sorted(d.keys()), sorted(v.n for v in d.values()))
print(sorted((k, v.n) for k, v in d.items()))
print(d.pop('k1'), d.setdefault('k1', vals[1]), d.setdefault('k1', vals[4]))
refs = d.valuerefs()
print(len(refs), type(refs[0]).__name__, all(r() is not None for r in refs))
print(sorted(r.key for r in d.itervaluerefs()))
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
c = d.copy()
print(type(c).__name__, len(c), c['k2'] is vals[2])
d.update({'k8': vals[0]}, k9=vals[3])
print(sorted(d))
print(d.popitem()[0] in ('k1', 'k2', 'k3', 'k4', 'k8', 'k9'))
try:
    d['num'] = 1
except TypeError as e:
    print('TypeError', e)
print((d | {'x': vals[0]})['x'] is vals[0])

k = weakref.WeakKeyDictionary()
for v in vals:
    k[v] = v.n * 10
print(len(k), k[vals[3]], vals[2] in k, 5 in k)
del k[vals[0]]
print(sorted(x.n for x in k.keys()), sorted(k.values()))
print(sorted((x.n, y) for x, y in k.items()))
print(k.get(vals[0], 'none'), k.pop(vals[1]), k.setdefault(vals[1], 11), k.setdefault(vals[1], 12))
print(len(k.keyrefs()), type(k.keyrefs()[0]).__name__)
kc = k.copy()
print(len(kc), kc[vals[4]])
try:
    k['str']
except TypeError as e:
    print('TypeError', e)
try:
    k[1] = 1
except TypeError as e:
    print('TypeError', e)
