if (n := len("hello")) > 3:
    print("long", n)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print("popped", item)
print(item, data)
print([y for x in range(5) if (y := x * x) % 2])
print((a := 1, b := 2), a, b)
def f(x):
    return (z := x + 1) * z
print(f(3))
vals = iter([1, 2, 0, 3])
out = []
while (v := next(vals)):
    out.append(v)
print(out)
print(w if (w := 5) else 0)
print([(i, s) for i in range(3) if (s := i * 10) > 0], s)
total = 0
partial = [total := total + i for i in range(1, 5)]
print(partial, total)
def scope():
    [q := 1 for _ in range(1)]
    return q
print(scope())
def in_lambda():
    return (lambda: (m := 7))()
print(in_lambda())
print(f"{(k := 3)} {k}")
print({(key := "a"): key * 2})
