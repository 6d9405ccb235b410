d = {1: 'a', 2: 'b'}
s = {1, 5}
print(sorted(s | d.keys()), sorted(s & d.keys()), sorted(s - d.keys()), sorted(s ^ d.keys()))
print(sorted(set(d)), sorted(set(d.items())), s.union(d), s.intersection(d.keys()))
print(s.isdisjoint(d), s.issubset(d), {1, 2}.issubset(d.keys()), {1, 2} == d.keys())
