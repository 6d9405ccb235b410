# float +, -, *, / with floats and ints
vals = [0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, 3, -7, 2**70, float('inf'), float('-inf')]
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b]
        try:
            r.append(a / b)
        except ZeroDivisionError as e:
            r.append(str(e))
        print(repr(a), repr(b), r)
print(0.1 + 0.2, 1 / 3.0, 2.0 * 0.5, 1e308 * 10, -1e308 * 10)
print(float('nan') + 1, 1.0 - float('nan'))
try:
    1.0 + 10**400
except OverflowError as e:
    print(e)
