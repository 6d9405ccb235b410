def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    pass
print(f.__annotations__)
def g(): pass
a = g.__annotations__
print(a, a is g.__annotations__)
g.__annotations__["x"] = 1
print(g.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
