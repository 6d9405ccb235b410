d = {k: v for k, v in zip('abc', range(3))}
print(d, {v: k for k, v in d.items()}, {k: len(k) for k in ['x', 'yy']})
e = {**d, 'z': 9, **{'a': 100}}
print(e, list(e.keys()), list(e.values()))
print({i % 3: i for i in range(10)})
