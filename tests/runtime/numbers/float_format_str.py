# str() of floats in containers, arithmetic results and conversions from strings
vals = [1 / 7, 22 / 7, 1e16 / 3, 2 ** 0.5, 10 / 3, 0.1 * 3, 1.1 * 1.1, 100 * 1.1, 1e-7 / 3, 123e45]
for v in vals:
    print(v, repr(v), float(repr(v)) == v)
print(str(1e16), str(1.0e15), str(12345678901234567.0), str(0.00001), str(0.0001))
print(float('0.1') + float('0.2'), float('1e-7'), float('12345678901234567890'))
