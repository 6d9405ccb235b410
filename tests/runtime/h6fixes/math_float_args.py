# math functions convert arguments like PyFloat_AsDouble: a float subclass's
# own value, __float__, then __index__; floor/ceil/trunc use the dunders.
import math, collections
class F(float): pass
class F2(float):
    def __float__(self): return 99.0
    def __index__(self): return 7
class I(int):
    def __float__(self): return 2.5
class I2(int):
    def __index__(self): return 9
class HasFloat:
    def __float__(self): return 0.25
class HasIndex:
    def __index__(self): return 3
class Both:
    def __float__(self): return 0.5
    def __index__(self): return 4
class BadFloat:
    def __float__(self): return "x"
class Raises:
    def __float__(self): raise ValueError("boom")
class Floor:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
    def __float__(self): return 1.5
class FFloor(float):
    def __floor__(self): return "ff"
    def __ceil__(self): return "fc"
    def __trunc__(self): return "ft"
args = [("F", F(0.5)), ("F2", F2(0.5)), ("I", I(1)), ("I2", I2(1)), ("HasFloat", HasFloat()), ("HasIndex", HasIndex()),
        ("Both", Both()), ("BadFloat", BadFloat()), ("Raises", Raises()),
        ("str", "1"), ("None", None), ("big", 10**400), ("bool", True), ("complex", 1j), ("Floor", Floor()),
        ("FFloor", FFloor(2.5)), ("list", []), ("deque", collections.deque())]
funcs = ["sqrt", "exp", "sin", "atan", "fabs", "floor", "ceil", "trunc", "isnan", "isinf", "isfinite", "log", "log2",
         "log10", "log1p", "expm1", "erf", "gamma", "lgamma", "degrees", "radians", "asinh", "frexp", "modf"]
def r(v):
    if isinstance(v, float): return repr(v) + ('' if type(v) is float else '<' + type(v).__name__ + '>')
    return repr(v)
for fn in funcs:
    f = getattr(math, fn)
    for name, a in args:
        try: print(fn, name, r(f(a)))
        except Exception as e: print(fn, name, type(e).__name__, e)
two = ["atan2", "copysign", "fmod", "hypot", "pow", "remainder", "ldexp", "isclose", "dist", "nextafter", "log"]
for fn in two:
    f = getattr(math, fn)
    for name, a in args:
        for b in (2.0, a):
            try:
                if fn == "dist": res = f((a,), (b,))
                elif fn == "ldexp": res = f(a, 2)
                else: res = f(a, b)
                print(fn, name, r(res))
            except Exception as e: print(fn, name, type(e).__name__, e)
for name, a in args:
    if name == "deque":
        continue
    for fn in ["fsum", "prod"]:
        try: print(fn, name, r(getattr(math, fn)([a, a])))
        except Exception as e: print(fn, name, type(e).__name__, e)
    try: print("ulp", name, r(math.ulp(a)))
    except Exception as e: print("ulp", name, type(e).__name__, e)
    try: print("ldexp2", name, r(math.ldexp(1.0, a)))
    except Exception as e: print("ldexp2", name, type(e).__name__, e)
    for fn in ["factorial", "isqrt", "comb", "perm", "gcd", "lcm"]:
        try:
            g = getattr(math, fn)
            print(fn, name, r(g(a) if fn in ("factorial", "isqrt") else g(a, 2)))
        except Exception as e: print(fn, name, type(e).__name__, e)
