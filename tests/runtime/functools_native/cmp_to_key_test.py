# _functools.cmp_to_key: K objects compare through the cmp function.
from _functools import cmp_to_key


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


def cmp(a, b):
    return (a > b) - (a < b)


def rev(a, b):
    return b - a


K = cmp_to_key(cmp)
print(sorted([5, 2, 4, 1], key=cmp_to_key(rev)), sorted('bca', key=cmp_to_key(cmp)))
a, b = K(1), K(2)
print(a < b, a <= b, a == b, a != b, a > b, a >= b, K(3) == K(3))
print(a.obj, b.obj, min([K(3), K(1), K(2)]).obj, max([4, 1, 9], key=cmp_to_key(cmp)))
print(type(K).__name__, type(a).__name__, callable(K))
err(lambda: hash(a))
err(lambda: a < 1)
err(lambda: K())
err(lambda: K(1, 2))
err(lambda: cmp_to_key())
err(lambda: cmp_to_key(cmp, cmp))
print(K(obj=5).obj, cmp_to_key(mycmp=cmp)(1) < K(2))
err(lambda: cmp_to_key(len)(1) < cmp_to_key(len)(2))
err(lambda: cmp_to_key(lambda a, b: 'x')(1) < cmp_to_key(lambda a, b: 'x')(2))
