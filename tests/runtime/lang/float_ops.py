import math
print(0.1 + 0.2, 1.1 * 3, 2.675 * 100, 1e16 + 1, 1 / 3 * 3, 0.1 * 0.1, 4.35 * 100)
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -0.0, 0.0 == -0.0, math.copysign(1, -0.0), 1 / float("inf"))
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf, nan == nan, nan < 1, nan > 1, inf == inf, max(1, inf))
print(math.isnan(inf - inf), math.isinf(-inf), math.isfinite(1e308), 1e308 * 10 == inf)
print(repr(1.0), repr(100.0), repr(1e100), repr(1.23456789012345e-300), repr(5e-324), repr(1.7976931348623157e308))
print(repr(0.1), repr(1 / 3), repr(2 / 3), repr(123.456), repr(1e22), repr(1e23), repr(9007199254740993.0))
print(str(1e15), str(1e16), str(1.5e-4), str(1.5e-5), str(123456789.123456789), str(-1e-7))
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).as_integer_ratio(), 2.5.is_integer(), (3.0).is_integer())
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(2.675, 2), round(1e300, -299), round(0.125, 2), round(0.375, 2))
print(int(2.9), int(-2.9), math.floor(-0.5), math.ceil(0.2), float(10 ** 15), float("1_000.5"))
print(3 * 1.0, type(3 * 1.0).__name__, 2 ** 0.5 * 2 ** 0.5, 10 / 4, 10 // 4.0, -10 / 4, 1e-10 + 1)
print(sum([0.1] * 10), math.fsum([0.1] * 10), 1e20 + 1 - 1e20, (1e20 + 1) - 1e20)
print(f"{1 / 3:.20f}", f"{2 ** 0.5:.15g}", f"{1e-7:f}", f"{123.0:e}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(math.pi, math.e, math.sqrt(2), math.exp(1), math.log(100, 10), math.log2(8), math.sin(0), math.cos(math.pi))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0) == hash(0.0), hash(inf), hash(-inf))
for bad in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: math.sqrt(-1), lambda: math.log(0), lambda: float("1.2.3"), lambda: 10.0 ** 1000]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((-8) ** (1 / 3), 0.0 ** 0, (-2.0) ** 2, 2.0 ** -1, pow(2.0, 0.5))
print(1.0 < 2, 1 < 1.5 < 2, 2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63, 10 ** 16 + 1 == 1e16 + 1)
