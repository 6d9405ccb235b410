def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2}
d['c'] = 3; print(d, len(d), d['a'])
del d['b']; print(d)
print('a' in d, 'b' in d, d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('a', 9), d.setdefault('n'), d.setdefault('m', []), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
show(lambda: d.pop('zz'))
show(lambda: d['missing'])
d2 = d.copy(); d2['new'] = 1; print(d, d2)
d.clear(); print(d, len(d))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=5), dict(zip('ab', range(2))))
