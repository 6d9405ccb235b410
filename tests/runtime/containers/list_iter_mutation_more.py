# Iterating a list while it changes: the iterator re-reads the length.
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x < 6:
        l.append(x + 3)
print(out, l)

l = list(range(10))
out = []
for x in l:
    out.append(x)
    l.pop()
print(out, l)

l = list(range(10))
out = []
for x in l:
    out.append(x)
    if x == 3:
        l.clear()
print(out, l)

l = list(range(6))
out = []
for x in l:
    out.append(x)
    if x == 1 and len(l) < 8:
        l.insert(0, 'new')
print(out, l)

l = list(range(6))
it = iter(l)
print(next(it), next(it))
del l[:]
print(list(it), l)
l.extend([7, 8])
print(list(it))

l = list(range(5))
r = reversed(l)
print(next(r))
l.pop(); l.pop()
print(list(r))
l = list(range(5))
r = reversed(l)
print(next(r))
l.append(99)
print(list(r))
l = list(range(5))
r = reversed(l)
l.clear()
print(list(r))

l = list(range(5))
it = iter(l)
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
l.extend(range(3))
print(it.__length_hint__())
l.clear()
print(it.__length_hint__(), list(it))
r = reversed([1, 2, 3])
print(r.__length_hint__())

# building lists inside comprehensions that also mutate an outer list
src = [1, 2, 3]
res = [src.append(x) or x for x in src if len(src) < 8]
print(res, src)
print([*src, *range(3), *"ab"])
d = [x for x in range(1000)]
print(len(d), d[0], d[-1], d[500])
