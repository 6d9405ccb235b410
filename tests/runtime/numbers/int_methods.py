# int public methods and attributes
for n in [0, 1, -1, 5, -5, 255, 256, 2**63 - 1, -(2**63), 2**100, -(2**100) + 1, 10**50]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print(True.bit_length(), True.real, type(True.real).__name__, type(True.numerator).__name__)
print((5).__index__(), (5).__int__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__float__())
print((5).__round__(), (15).__round__(-1), (25).__round__(-1), (-25).__round__(-1), (5).__round__(2))
print((-5).__abs__(), (5).__neg__(), (5).__pos__(), (5).__invert__(), (0).__bool__(), (3).__bool__())
print((7).__getnewargs__(), (2**70).__getnewargs__())
for bad in ['bit_length', 'bit_count', 'conjugate']:
    try:
        getattr(5, bad)(1)
    except TypeError as e:
        print(e)
