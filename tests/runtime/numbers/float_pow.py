# float ** edge cases
inf = float('inf')
nan = float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3, -3, inf, -inf, nan]
for a in vals:
    for b in vals:
        try:
            print(repr(a), repr(b), repr(a ** b))
        except Exception as e:
            print(repr(a), repr(b), type(e).__name__, e)
print((-8.0) ** (1 / 3))
print(2.0 ** 0.5, 10.0 ** -2, 2 ** 0.5, 1.5 ** 2)
for a, b in [(10.0, 400), (0.0, -1), (-0.0, -3.0), (2.0, -2000)]:
    try:
        print(repr(a ** b))
    except Exception as e:
        print(type(e).__name__, e)
print(pow(2.0, 3), pow(-2.0, 3), pow(4, 0.5))
