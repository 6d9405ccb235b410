# int / int: correctly rounded, big operands, overflow and zero division
pairs = [(1, 3), (-1, 3), (2, 3), (10**20, 3), (2**53 + 1, 1), (2**54 + 3, 2), (10**30, 10**15),
         (3**100, 2**150), (-(7**200), 5**150), (1, 10**300), (1, 10**330), (10**400, 10**399),
         (2**1100, 2**80), (123456789123456789123, 1000), (1, -(2**64)), (0, -5), (0, 10**50)]
for a, b in pairs:
    print(repr(a / b))
for a, b in [(1, 0), (10**100, 0), (10**400, 1), (2**2000, 3)]:
    try:
        print(a / b)
    except Exception as e:
        print(type(e).__name__, e)
print(repr((2**1074 + 1) / 2**2148))
print(repr(1 / 2**1075), repr(3 / 2**1076))
