# math.ceil/floor/trunc: exact ints, dunder dispatch, errors
import math
for x in [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.0, 1e20, -1e20, 1e300, 5, -5, 2**100, True]:
    print(repr(x), math.ceil(x), math.floor(x), math.trunc(x), type(math.floor(x)).__name__)
class C:
    def __ceil__(self):
        return 'ceil!'
    def __floor__(self):
        return 'floor!'
    def __trunc__(self):
        return 'trunc!'
print(math.ceil(C()), math.floor(C()), math.trunc(C()))
class F:
    def __float__(self):
        return 2.5
print(math.ceil(F()), math.floor(F()))
for name, f in [('ceil', math.ceil), ('floor', math.floor), ('trunc', math.trunc)]:
    for bad in [math.inf, math.nan, 'x', F()]:
        try:
            print(f(bad))
        except Exception as e:
            print(name, type(e).__name__, e)
