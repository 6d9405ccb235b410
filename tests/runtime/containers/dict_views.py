def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i, ('a',) in i)
d['d'] = 4; print(list(k), list(v), list(i))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping['a'], type(k).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
show(lambda: hash(k))
show(lambda: hash(i))
print(type(hash(v)).__name__)
print(repr({}.keys()), repr({1: [1]}.items()))
print(bool(k), bool({}.keys()))
