# float methods: is_integer, as_integer_ratio, conjugate, real/imag, dunders
for v in [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.0**60, 123.0]:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag)
for v in [float('inf'), float('-inf'), float('nan')]:
    print(v.is_integer(), end=' ')
    try:
        v.as_integer_ratio()
    except Exception as e:
        print(type(e).__name__, e)
print((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__int__(), (2.5).__round__(), (3.5).__round__())
print((2.5).__neg__(), (-2.5).__abs__(), (0.0).__bool__(), (2.5).__float__(), (2.5).__getnewargs__())
print(float.__getformat__('double'), float.__getformat__('float'))
for a in ['int', 5]:
    try:
        float.__getformat__(a)
    except Exception as e:
        print(type(e).__name__, e)
print((1.5).__pow__(2), (1.5).__rpow__(2), (7.5).__divmod__(2), (7.5).__rdivmod__(2), (1.5).__add__('x'))
try:
    (1.5).__pow__(2, 3)
except TypeError as e:
    print(e)
for v in [float('inf'), float('nan')]:
    for f in [int, round]:
        try:
            f(v)
        except Exception as e:
            print(type(e).__name__, e)
