seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
s = set()
for step in range(3000):
    op = rnd(10)
    x = rnd(300) - 50
    if op < 5: s.add(x)
    elif op < 8: s.discard(x)
    elif op == 8 and s: s.pop()
    else: s |= {x, x * 7, x * 64}
    if step % 250 == 0: print(step, len(s), list(s)[:12])
print(sorted(s) == sorted(set(s)), list(s.copy())[:20], list(frozenset(s))[:20])
a = set(range(0, 500, 3)); b = set(range(0, 500, 7))
print(list(a & b)[:10], list(a - b)[:10], list(a ^ b)[:10], list(b - a)[:10])
print(list(a.intersection(list(b)))[:10], list(a.difference(list(b)))[:10], list(a.symmetric_difference(list(b)))[:10])
c = set(a); c.difference_update(range(0, 450)); print(c)
d = set(a); d.intersection_update(b); print(d)
e = set(range(100)); e -= set(range(2, 100)); print(e, list(set(range(1000)) - set(range(3, 1000)))[:5])
