t = (1, 2, 3)
print(t + (4,), t * 2, t[1:], t.index(2), t.count(1), len(t), 2 in t, tuple(reversed(t)), max(t))
a, *rest = t
print(a, rest, t == (1, 2, 3), t < (1, 2, 4), (1,) == (1.0,), () < (0,), hash(t) == hash((1, 2, 3)))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
single = 1,
print(single, type(single).__name__, (), tuple("ab"), tuple(range(3)), (1, (2, (3,))))
s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(3)
print(sorted(s), len(s), 2 in s, 3 in s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
x, y = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(x | y), sorted(x & y), sorted(x - y), sorted(x ^ y), x <= x, {1} < x, x.isdisjoint({9}), x.issuperset({1, 2}))
print(sorted(x.union([7], (8,))), sorted(x.intersection(range(3))), sorted(x.difference({1})), sorted(x.symmetric_difference({1, 9})))
z = set(x)
z |= {10}; z &= {1, 2, 10}; z -= {1}; z ^= {2, 3}
print(sorted(z))
print(set(), {1} == {1.0}, {1, 2} == {2, 1}, set("aab") == {"a", "b"}, len({1, 1.0, True}), {(1, 2), (1, 2)})
fs = frozenset([1, 2])
print(sorted(fs), fs | {3} == {1, 2, 3}, type(fs | {3}).__name__, type({3} | fs).__name__, hash(fs) == hash(frozenset([2, 1])))
try:
    fs.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
print({frozenset({1}): "ok"}[frozenset({1})], sorted({n % 5 for n in range(20)}), sorted(set(range(5)) - {0, 4}))
ss = {5}
print(ss.pop(), ss, sorted({-1, -5, 3}), min({4, 2}), sum({1, 2, 3}))
