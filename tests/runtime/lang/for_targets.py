class O: pass
o = O()
for o.attr in range(3):
    pass
print(o.attr)
d = {}
for d["k"] in "xyz":
    pass
print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)
for a, *b in ["xyz", [1, 2]]:
    print(a, b)
for [x, y] in {(1, 2): 0, (3, 4): 0}:
    print(x + y)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for _ in range(2):
    pass
for i in range(3):
    pass
print(i)
for ch in "":
    never = True
print("never" in dir())
try:
    for a, b in [(1, 2), (3,)]:
        pass
except ValueError as e:
    print(type(e).__name__, e, a, b)
items = [1, 2, 3]
for idx in range(len(items)):
    items[idx] *= 10
print(items)
for x in [1, 2, 3]:
    x *= 100
print(items, x)
nested = [[1, 2], [3, 4]]
for row in nested:
    for j in range(len(row)):
        row[j] = -row[j]
print(nested)
for n in iter([10, 20]).__iter__():
    print(n)
for a in (b := [7, 8]):
    pass
print(a, b)
s = 0
for i in range(1, 101, 2):
    s += i
print(s)
for i in range(3):
    i += 10
    print(i, end=" ")
print()
