# frexp, ldexp, modf, copysign, isclose, nextafter, ulp, hypot, dist, isfinite/isinf/isnan
import math
inf = math.inf
nan = math.nan
for x in [0.0, -0.0, 1.0, -3.5, 1e300, 5e-324, 1024, inf, -inf]:
    print(repr(x), math.frexp(x), math.modf(x), math.isfinite(x), math.isinf(x), math.isnan(x), math.fabs(x))
print(math.frexp(nan)[1], math.modf(nan)[1] != math.modf(nan)[1])
print(math.ldexp(1, 10), math.ldexp(0.5, -1074), math.ldexp(1.0, -1075), math.ldexp(1.0, -10000), math.ldexp(-0.0, 5), math.ldexp(inf, -5), math.ldexp(3, True))
for a in [(1.0, 1024), (1.0, 10**30), (1, 1.5), (1, 'x')]:
    try:
        print(math.ldexp(*a))
    except Exception as e:
        print(type(e).__name__, e)
print(math.copysign(1, -0.0), math.copysign(-2, 3), math.copysign(inf, -1), math.copysign(3, nan) > 0)
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10),
      math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(inf, -inf), math.isclose(nan, nan), math.isclose(a=1, b=1))
for a, k in [((1,), {}), ((1, 2, 3), {}), ((1, 2), {'rel_tol': -1}), ((1, 2), {'abs_tol': -1}), ((1, 2), {'tol': 1})]:
    try:
        print(math.isclose(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, 1), math.nextafter(0.0, -1), math.nextafter(1, 1), math.nextafter(inf, 0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-2.0), math.ulp(1e300), math.ulp(inf), math.ulp(1.7976931348623157e308), math.isnan(math.ulp(nan)))
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1e300, 1e300), math.hypot(1e-320, 1e-320))
print(math.hypot(inf, nan), math.hypot(nan, 1), math.hypot(1, 2, 3, 4, 5), math.hypot(0.1, 0.2), math.hypot(*range(10)))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-1.5,)), math.dist([], []), math.dist(iter([1, 1]), (2, 2)))
for a in [((1,), (1, 2)), (1, 2), (('a',), (1,))]:
    try:
        print(math.dist(*a))
    except Exception as e:
        print(type(e).__name__, e)
