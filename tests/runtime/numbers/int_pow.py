# int ** int incl. negative exponents (float results) and big results
for a in [0, 1, -1, 2, -2, 3, 10, -10, 2**40]:
    for b in [0, 1, 2, 3, 5, 17, 64, -1, -2, -3]:
        try:
            print(a, b, a ** b)
        except Exception as e:
            print(a, b, type(e).__name__, e)
print(2 ** 200)
print((-3) ** 41)
print(7 ** 0, 0 ** 0)
print(2 ** -1074, 2 ** -1075)
try:
    (10 ** 400) ** -1
except Exception as e:
    print(type(e).__name__, e)
print(1 ** (10 ** 30), (-1) ** (10 ** 30 + 1), 0 ** (10 ** 30))
