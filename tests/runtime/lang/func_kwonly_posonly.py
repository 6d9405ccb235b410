def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 4, e=5, f=7))

for call in [
    lambda: f(1, 2, 3),
    lambda: f(a=1, b=2, c=3, e=5),
    lambda: f(1, 2, 3, 4, 5, e=6),
    lambda: f(1, 2, 3, e=5, g=7),
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(1, 2, 3, c=3, e=5),
    lambda: f(),
    lambda: f(1),
]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

def p(a, /, **kw):
    return a, sorted(kw.items())
print(p(1, a=2))

def only_kw(*, x, y):
    return x, y
try:
    only_kw(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    only_kw(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    only_kw()
except TypeError as e:
    print(type(e).__name__, e)

def pos_default(a, b=2, /):
    return a, b
print(pos_default(1))
print(pos_default(1, 3))
try:
    pos_default(1, b=3)
except TypeError as e:
    print(type(e).__name__, e)

print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames[:6])
