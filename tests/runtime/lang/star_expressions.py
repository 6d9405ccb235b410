def f():
    rest = [2, 3]
    return 1, *rest
print(f())
def g():
    a = [1, 2]
    yield *a, 3
print(list(g()))
x = *range(3), *"ab"
print(x)
first, *_ = "hello"
print(first)
print([*[], *()], (*[1],), {*()}, {**{}})
t = (1, 2)
print((*t, *t), [*t, *t], {*t, *t})
def h(*args):
    return args
print(h(*t, *t, 0), h(*[]), h(*"", *b"ab"))
for a, *b in [(1, 2, 3)]:
    print(a, b)
a, *b, c, d = range(6)
print(a, b, c, d)
*a, = [1, 2]
print(a)
[a, *b] = (9,)
print(a, b)
((a, *b), c) = ([1, 2, 3], 4)
print(a, b, c)
print(*[1, 2], sep="|")
m = {"x": 1}
print({**m, **{"y": 2}, "z": 3}, dict(**m, w=0))
lst = [1, 2]
lst[0:1] = *"ab",
print(lst)
