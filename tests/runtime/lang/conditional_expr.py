for v in [-5, 0, 5, None, "", "s"]:
    r = "none" if v is None else "falsy" if not v else "neg" if isinstance(v, int) and v < 0 else "other"
    print(repr(v), r)
calls = []
def c(x):
    calls.append(x)
    return x
c("yes") if c(True) else c("no")
c("yes") if c(False) else c("no")
print(calls)
print((1 if True else 2) + 10, 1 if False else 2 + 10)
f = (lambda: "a") if len("x") else (lambda: "b")
print(f())
x = [1, 2] if 0 else (3, 4)
print(x)
print([i if i % 2 else -i for i in range(5)])
print({k: (v if v else "empty") for k, v in [("a", 1), ("b", 0)]})
print("even" if 4 % 2 == 0 else "odd", ("a" if 0 else "b") * 3)
nested = lambda n: "small" if n < 10 else ("medium" if n < 100 else "large")
print([nested(v) for v in (5, 50, 500)])
