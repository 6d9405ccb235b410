def f(*args, **kwargs):
    return args, sorted(kwargs.items())

print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, *[2, 3], *(4,), x=1, **{"y": 2}, z=3))

def g(a, b, *rest, c=0, **kw):
    return a, b, rest, c, sorted(kw.items())

print(g(1, 2))
print(g(1, 2, 3, 4, c=5, d=6))
print(g(*range(5)))
print(g(b=1, a=2))

def h(*args):
    return type(args).__name__, len(args)
print(h(*"abc"))
print(h(*{1: 'a', 2: 'b'}))

def kwonly(**kw):
    return type(kw).__name__, kw
print(kwonly(**{'a': 1}))

d = {"a": 1}
def mod(**kw):
    kw["a"] = 99
    return kw
mod(**d)
print(d)

# duplicate keyword via ** unpack
def two(a, b):
    return a, b
try:
    two(1, **{"a": 2, "b": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)

# iterable unpack of generator
print(f(*(x * x for x in range(4))))

def many(a, b, c, d, e, f, g):
    return a + b + c + d + e + f + g
print(many(*[1, 2, 3], 4, *[5, 6], 7))
print(many(1, 2, 3, 4, 5, 6, g=7))
