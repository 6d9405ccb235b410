# Ordinary values, constants, log with base, isclose, predicates.
import cmath, math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(math.copysign(1, cmath.nan), math.copysign(1, cmath.nanj.imag), cmath.infj.real)
vals = [1 + 2j, -3.5 + 0.25j, 0.1 - 0.7j, 2, -4, 0.5, 1e-5 + 1e-5j, 1e10 - 3e10j, 1j, -1j, 1 + 0j, 0.99 + 0.1j]
for z in vals:
    row = []
    for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
                 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']:
        try:
            row.append(repr(getattr(cmath, name)(z)))
        except Exception as e:
            row.append(type(e).__name__)
    print(z, row)
for z, b in [(8, 2), (100, 10), (1j, 1j), (-8, 2), (2 + 3j, 1 - 1j), (10, 0.5), (5, 1), (0, 2), (2, 0), (1, 1), (0, 0), (cmath.inf, 2)]:
    try:
        print('log', z, b, cmath.log(z, b))
    except Exception as e:
        print('log', z, b, type(e).__name__, e)
for z in [0, 0j, -0.0, complex(0, -0.0)]:
    try:
        print(cmath.log(z))
    except Exception as e:
        print(type(e).__name__, e)
print(cmath.isfinite(1 + 2j), cmath.isfinite(complex(1, cmath.inf)), cmath.isfinite(cmath.nanj))
print(cmath.isinf(complex(cmath.inf, cmath.nan)), cmath.isinf(1), cmath.isnan(complex(1, cmath.nan)), cmath.isnan(3.5))
print(cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1, 1 + 1e-8j), cmath.isclose(1, 1.1, rel_tol=0.2),
      cmath.isclose(0, 1e-12j, abs_tol=1e-11), cmath.isclose(cmath.inf, cmath.inf), cmath.isclose(cmath.inf, -cmath.inf),
      cmath.isclose(cmath.nan, cmath.nan), cmath.isclose(complex(cmath.inf, 1), complex(cmath.inf, 2)))
print(cmath.isclose(a=1, b=1.0), cmath.isclose(1, b=2, abs_tol=1))
print(cmath.sqrt(-0.0), cmath.sqrt(complex(-0.0, -0.0)), cmath.sqrt(4), cmath.sqrt(-4), cmath.exp(0), cmath.exp(-0.0))
print(cmath.sqrt(1e-320 + 1e-320j), cmath.log(1e-320 + 1e-320j), cmath.atanh(1 + 1e-160j), cmath.atanh(-1 - 1e-160j))
print(cmath.acos(1e300 + 1e300j), cmath.asinh(-1e300 - 1e300j), cmath.atanh(1e300 + 1e-300j), cmath.cosh(710 + 1j))
print(cmath.tanh(800 + 2j), cmath.tanh(-800 - 2j), cmath.exp(709.9 + 1j))
print(cmath.cos.__name__, cmath.cos.__module__ if hasattr(cmath.cos, '__module__') else None)
