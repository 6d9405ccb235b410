f = lambda: 42
print(f())
print((lambda x, y=2: x * y)(3))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3))
print((lambda x: (lambda y: x + y))(1)(2))
print(f.__name__, f.__qualname__)
print(sorted([(1, 'b'), (2, 'a'), (0, 'c')], key=lambda t: t[1]))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda x: x % 2, range(10))))
print((lambda: (yield 1))().__class__.__name__)
cond = lambda x: "pos" if x > 0 else ("zero" if x == 0 else "neg")
print([cond(v) for v in (-1, 0, 1)])
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
fs = {name: (lambda n: lambda: n)(name) for name in ["a", "b"]}
print(fs["a"](), fs["b"]())
print((lambda: None)())
print((lambda x: x)(lambda: 1)())
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 7)))
