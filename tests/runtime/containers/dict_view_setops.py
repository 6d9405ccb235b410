def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'a', 2: 'b', 3: 'c'}
e = {2: 'b', 3: 'x', 4: 'd'}
print(sorted(d.keys() & e.keys()), sorted(d.keys() | e.keys()), sorted(d.keys() - e.keys()), sorted(d.keys() ^ e.keys()))
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()), sorted(d.items() ^ e.items()))
print(sorted(d.keys() & [1, 5]), sorted(d.keys() | [9]), sorted({1, 7} - d.keys()), sorted(d.keys() - {1}))
print(d.keys() == {1, 2, 3}, d.keys() == {1, 2}, d.keys() < {1, 2, 3, 4}, d.keys() <= {1, 2, 3}, d.keys() > {1}, d.keys() >= {1, 2, 3})
print({1, 2, 3} == d.keys(), d.keys() != {1}, d.keys() == [1, 2, 3])
print(d.keys().isdisjoint({5}), d.keys().isdisjoint([1]), d.items().isdisjoint([(1, 'a')]))
print(d.values() == d.values())
show(lambda: d.keys() & 1)
show(lambda: d.keys() < 1)
print(type(d.keys() & e.keys()).__name__)
