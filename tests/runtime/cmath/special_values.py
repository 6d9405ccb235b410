# cmath functions over every combination of special and ordinary parts
# (C99 Annex G tables, signed zeros, overflow/domain errors).
import cmath

inf = float('inf')
nan = float('nan')
parts = [-inf, -2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 2.5, inf, nan, 1e308, -1e308, 5e-324, 1e-310, 710.0, -710.0]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
         'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']

for name in names:
    f = getattr(cmath, name)
    out = []
    for x in parts:
        for y in parts:
            try:
                r = f(complex(x, y))
                out.append(repr(r))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
    print(name, ' '.join(out))
