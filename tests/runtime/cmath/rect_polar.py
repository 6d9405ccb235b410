# rect / polar / phase, including special values and errors.
import cmath

inf = float('inf')
nan = float('nan')
parts = [-inf, -2.5, -0.0, 0.0, 1.0, inf, nan, 1e308]
for r in parts:
    for phi in parts + [cmath.pi / 2, -cmath.pi]:
        try:
            print('rect', r, phi, cmath.rect(r, phi))
        except Exception as e:
            print('rect', r, phi, type(e).__name__, e)
for x in parts:
    for y in parts:
        z = complex(x, y)
        try:
            print('polar', z, cmath.polar(z), cmath.phase(z))
        except Exception as e:
            print('polar', z, type(e).__name__, e)
print(cmath.polar(1e308 + 1e308j))
print(cmath.phase(-1), cmath.phase(-1 - 0j), cmath.phase(complex(-1, -0.0)))
print(cmath.polar(3), cmath.polar(-2.5), cmath.polar(True))
