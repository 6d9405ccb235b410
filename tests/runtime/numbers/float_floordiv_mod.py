# float // and % (CPython's float_divmod), signed zeros, infinities
vals = [0.0, -0.0, 1.0, -1.0, 3.5, -3.5, 0.1, 7, -7, 1e300, float('inf'), float('-inf'), float('nan')]
for a in vals:
    for b in vals:
        try:
            print(repr(a), repr(b), repr(a // b), repr(a % b), divmod(a, b))
        except ZeroDivisionError as e:
            print(repr(a), repr(b), 'ZeroDivisionError', e)
for op in ['//', '%', 'divmod']:
    try:
        if op == '//':
            1.0 // 0
        elif op == '%':
            1.0 % 0.0
        else:
            divmod(1.0, 0)
    except ZeroDivisionError as e:
        print(op, e)
