# operator table over mixed int/float/bool operands incl. reflected forms
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b), ('/', lambda a, b: a / b),
       ('//', lambda a, b: a // b), ('%', lambda a, b: a % b)]
vals = [3, -3, 0, 2.5, -0.5, True, 2**65, -(2**65)]
for name, f in ops:
    for a in vals:
        row = []
        for b in vals:
            try:
                r = f(a, b)
                row.append(repr(r) if not isinstance(r, float) or abs(r) < 1e300 else 'big')
            except Exception as e:
                row.append(type(e).__name__)
        print(name, repr(a), row)
for a in vals:
    row = []
    for b in [3, -3, 0, 2.5, -0.5, True, 70, -70]:
        try:
            row.append(repr(a ** b))
        except Exception as e:
            row.append(type(e).__name__)
    print('**', repr(a), row)
