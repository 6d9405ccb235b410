# math constants and elementary functions
import math
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
for x in [0.0, 0.5, 1.0, 2.0, 10.0, 100.0]:
    print(x, math.sqrt(x), math.exp(x), math.log(x + 1), math.log2(x + 1), math.log10(x + 1), math.log1p(x), math.expm1(x))
for x in [0.0, 0.5, 1.0, -1.0, math.pi / 4]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in [-1.0, -0.5, 0.0, 0.5, 1.0]:
    print(x, math.asin(x), math.acos(x))
print(math.acosh(1.0), math.acosh(2.0), math.atanh(0.5), math.atan2(1, 1), math.atan2(-0.0, -1.0), math.atan2(0.0, -0.0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.exp2(10), math.exp2(-1), math.cbrt(27), math.cbrt(8.0), math.pow(2, 10), math.pow(2, 0.5))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.gamma(0.5), math.lgamma(10), math.lgamma(0.5))
print(math.log(8, 2), math.log(100, 10), math.log(10, 0.5), math.log(math.e))
print(math.sqrt(4), type(math.sqrt(4)).__name__, math.sqrt(2**100), math.sqrt(True))
print(math.exp(-1000), math.exp(math.inf), math.exp(-math.inf), math.sqrt(math.inf), math.isnan(math.sqrt(math.nan)))
