# Large dicts: growth, many deletions, reinsertion, mixed key types.
N = 50000
d = {}
for i in range(N):
    d[i] = i * 2
print(len(d), d[0], d[N - 1], sum(d.values()) == N * (N - 1))
for i in range(0, N, 2):
    del d[i]
print(len(d), next(iter(d)), list(d)[-1], 0 in d, 1 in d)
for i in range(0, N, 4):
    d[i] = -i
print(len(d), list(d)[N // 2 - 1: N // 2 + 2], d[4])
s = {}
for i in range(20000):
    s["key%d" % i] = i
for i in range(0, 20000, 3):
    s.pop("key%d" % i)
print(len(s), s["key1"], "key3" in s, list(s)[:3], list(s)[-2:])
m = {}
for i in range(3000):
    m[i] = "i"
    m[float(i) + 0.5] = "f"
    m[str(i)] = "s"
    m[(i, i)] = "t"
print(len(m), m[10], m[10.5], m["10"], m[(10, 10)], m[10.0])
big = {2 ** 70 + i: i for i in range(1000)}
print(len(big), big[2 ** 70 + 999], (2 ** 70) in big, 2 ** 71 in big)
# keys whose hashes collide heavily
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 7
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
    def __repr__(self): return "H(%d)" % self.v
c = {}
for i in range(300):
    c[H(i)] = i
for i in range(0, 300, 2):
    del c[H(i)]
print(len(c), c[H(151)], H(150) in c, list(c)[:4])
print(sorted(set(range(10000)) - set(range(5, 10000)), key=int))
t = set()
for i in range(30000):
    t.add(i * 7)
for i in range(0, 30000, 2):
    t.discard(i * 7)
print(len(t), 7 in t, 14 in t, min(t), max(t), sum(t))
