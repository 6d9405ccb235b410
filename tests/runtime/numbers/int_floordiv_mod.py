# int // and % sign rules, boundaries and zero division
vals = [0, 1, -1, 3, -3, 7, -7, 2**63 - 1, -2**63, 2**64, -(2**70) + 3, 10**25]
for a in vals:
    for b in vals:
        if b == 0:
            continue
        print(a, b, a // b, a % b)
for a in [5, -5, 2**80]:
    for op in ['//', '%']:
        try:
            if op == '//':
                a // 0
            else:
                a % 0
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print((-2**63) // -1, (-2**63) % -1)
