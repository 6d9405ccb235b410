# Iteration order of sets after growth, deletion, pop and bulk operations
# (follows CPython's table algorithm; int keys only, so deterministic).
s = set()
for i in range(0, 3000, 7):
    s.add(i * 37 % 1001)
for i in range(0, 1001, 5):
    s.discard(i)
print(len(s), list(s)[:15], list(s)[-5:])
popped = [s.pop() for _ in range(10)]
print(popped)
s.update(range(2000, 2040))
print(list(s)[-12:])
t = set(range(100))
t -= set(range(0, 100, 3))
print(list(t)[:12], list(t.copy())[:12])
u = t | {1000, 2000}
print(list(u)[-4:], list(t & set(range(50, 70))), list(t ^ set(range(90, 110)))[-8:])
f = frozenset(range(40, 0, -3))
print(list(f), list(set(f)), hash(f) == hash(frozenset(sorted(f))))
w = set(range(20))
w.intersection_update(range(5, 30, 2))
print(list(w))
w.symmetric_difference_update({7, 100, 200})
print(list(w))
w.difference_update({9, 11})
print(list(w))
x = set()
for v in (-1, -2, 2 ** 62, -2 ** 62, 0):
    x.add(v)
print(list(x))
y = set()
for i in range(200):
    y.add(i)
    if i % 3:
        y.discard(i - 1)
print(len(y), list(y)[:10])
z = set(range(60000))
for i in range(0, 60000, 3):
    z.discard(i)
print(len(z), list(z)[:5], list(z)[-3:])
z.clear()
z.add(5)
print(z)
