def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# while sorting, the list reads as empty
seen = []
l = [3, 1, 2]
def k(x):
    seen.append((len(l), list(l)))
    return x
l.sort(key=k)
print(l, seen)

# append during sort: ValueError, the sorted result is kept, additions dropped
l = [3, 1, 2]
def k2(x):
    l.append(x)
    return x
show(lambda: l.sort(key=k2))
print(l)

# append then pop during sort still counts as a modification
l = [3, 1, 2]
def k3(x):
    l.append(0)
    l.pop()
    return x
show(lambda: l.sort(key=k3))
print(l)

# clear / pop on the (empty-looking) list during sort
l = [3, 1, 2]
def k4(x):
    l.clear()
    return x
show(lambda: l.sort(key=k4))
print(l)
l = [3, 1, 2]
def k5(x):
    try:
        l.pop()
    except IndexError as e:
        return (str(e), x)
    return ('', x)
show(lambda: l.sort(key=k5))
print(l)

# exceptions in the key or the comparison leave the list's elements in place
l = [3, 1, 2]
def bad(x):
    if x == 2:
        raise KeyError(x)
    return x
show(lambda: l.sort(key=bad))
print(l)
l = [3, 'a', 1, 2]
show(lambda: l.sort())
print(sorted(map(str, l)))

# exception after a modification: the original error wins, additions dropped
l = [3, 1, 2]
def k6(x):
    l.append(x)
    if x == 2:
        raise RuntimeError("boom")
    return x
show(lambda: l.sort(key=k6))
print(sorted(l))

# comparison that mutates the list
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        l.append(self)
        return self.v < o.v
    def __repr__(self):
        return 'C(%d)' % self.v
l = [C(2), C(1), C(3)]
show(lambda: l.sort())
print(l)

# sort of large lists, stability, reverse
big = [(i * 7919) % 1000 for i in range(5000)]
s = sorted(big)
big.sort()
print(big == s, big[:5], big[-5:])
pairs = [(i % 3, i) for i in range(20)]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
e = []
e.sort(); print(e)
one = [1]
one.sort(key=lambda x: 1 / 0) if False else one.sort(); print(one)
show(lambda: [1].sort(key=lambda x: 1 / 0))
