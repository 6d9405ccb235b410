import math
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __index__(self): return int(self.v) + 100
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __abs__(self): return "abs"
n = Num(3.7)
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), abs(n))
print(hex(n), [0] * 0 + list(range(n))[-1:], operator_index := __import__("operator").index(n))
class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()) if False else "float needs __float__ or __index__", complex(OnlyIndex()))
print(float(OnlyIndex()))
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
for fn in [lambda: int(object()), lambda: float(object()), lambda: complex(object()), lambda: round(object()), lambda: math.floor("x")]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
print(round(7.5), round(8.5), round(-7.5), round(1.25, 1), round(1.35, 1), round(15, -1), round(25, -1), round(-15, -1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), math.floor(3), type(math.floor(2.0)).__name__)
print(int("  -42  "), int("+7"), int("0o17", 0), int("0X1f", 0), int("z", 36), int("-1_0"), float(" 1_0.5 "))
print(int(1e18), int(2.0 ** 70), int(-0.9), int(True), float(True), complex("1+2j"), complex(3), complex(1, 2) == 1 + 2j)
print((10).__add__(5), (10).__radd__(5), (10).__sub__(3.0), (2.5).__mul__(2), (7).__floordiv__(2), (3).__pow__(2, 5))
print(int.__add__(1, 2), float.__truediv__(1.0, 4), (1).__lt__(2), (1).__eq__("1"), (1.5).__int__(), (True).__and__(False))
