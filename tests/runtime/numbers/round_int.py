# round() on ints with negative ndigits: half-even
for v in [0, 5, 15, 25, 35, -5, -15, -25, 149, 150, 250, 251, 12345, -12345, 2**70, -(2**70), 10**30 + 5 * 10**9]:
    print(v, round(v), round(v, 0), round(v, 2), round(v, -1), round(v, -2), round(v, -10), round(v, -100))
print(type(round(5)).__name__, type(round(True)).__name__, round(True, -1), round(5, 10**30), round(5, -400))
