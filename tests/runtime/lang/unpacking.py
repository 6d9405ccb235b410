a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, [g, h]] = [6, [7, 8]]
print(f, g, h)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
a, *b, c = 1, 2
print(a, b, c)
x = y = z = 0
print(x, y, z)
p, q = "xy"
print(p, q)
k1, k2 = {"a": 1, "b": 2}
print(k1, k2)
(m, n), *o = [(1, 2), 3, 4]
print(m, n, o)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for *start, end in [(1, 2, 3), (4, 5)]:
    print(start, end)

class Obj: pass
obj = Obj()
obj.a, obj.b = 1, 2
lst = [0, 0, 0]
lst[0], lst[2] = "x", "y"
print(obj.a, obj.b, lst)
i = 0
i, lst[i] = 1, "set"
print(i, lst)

errors = [
    "a, b = 1, 2, 3",
    "a, b, c = 1, 2",
    "a, b = 1",
    "a, *b, c = [1]",
    "(a, b), c = [1, 2], 3",
    "a, b = None",
    "[a] = []",
    "a, b = 'abc'",
    "a, *b = iter([])",
]
for src in errors:
    try:
        exec(src)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)

def gen():
    yield 1
    yield 2
a, b = gen()
print(a, b)
print(*[1, 2], *"ab", sep="-")
print([*range(2), *{3: 4}], (*"ab",), {*[1, 1, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
t = *range(3),
print(t)
