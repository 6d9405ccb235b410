# math.fsum (exact) and math.prod
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1, 1e16, 1e-16]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)), math.fsum([-0.0]), math.fsum([2**53, 1, 1]))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, -math.inf]), math.fsum([math.nan, 1]))
print(math.fsum(x / 7 for x in range(100)), math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1]))
print(repr(math.fsum([0.3, 0.6, -0.9])), repr(math.fsum([1e308, -1e308])))
def t(*a):
    try:
        print(repr(math.fsum(*a)))
    except Exception as e:
        print(type(e).__name__, e)
t([math.inf, -math.inf])
t([1e308, 1e308])
t([1, 'a'])
t(5)
t()
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.prod([[1], 3]), math.prod(['ab'], start=2), math.prod([1j, 1j]), math.prod([2**40, 2**40]))
def p(*a, **k):
    try:
        print(repr(math.prod(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
p([1, 2], 3)
p(['a', 'b'])
p([1], begin=2)
p()
