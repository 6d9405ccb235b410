# divmod on ints: matches // and %
vals = [0, 1, -1, 5, -5, 13, -13, 2**64 + 1, -(2**65), 10**20 - 7]
for a in vals:
    for b in vals:
        if b == 0:
            try:
                divmod(a, b)
            except ZeroDivisionError as e:
                print('zero', e)
            continue
        q, r = divmod(a, b)
        print(a, b, q, r, q == a // b, r == a % b, q * b + r == a)
print(divmod(True, 2), divmod(-2**63, -1))
