from fractions import Fraction
from decimal import Decimal
print(1 + 1.0, 1 + 1j, 1.0 + 1j, type(1 + True).__name__, type(1.0 + True).__name__)
print(Fraction(1, 3) + 1, Fraction(1, 3) + 0.5, 2 * Fraction(3, 4), Fraction(1, 2) ** 2, Fraction(1, 2) == 0.5)
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 2, Decimal(1) / Decimal(8), Decimal("3.14159").quantize(Decimal("0.01")))
try:
    Decimal("1.1") + 1.1
except TypeError as e:
    print(type(e).__name__, e)
print(Fraction(3, 4) < 1, Fraction(1, 2) < 0.6, Decimal("1.5") > 1, 1 < Decimal("1.5") < 2)
print(3 / 2, 3 // 2, -3 // 2, 3 % -2, 3.0 // 2, 2 ** -1, 4 ** 0.5, (-4) ** 0.5)
print(10 / 3 * 3 == 10, round(10 / 3, 5), int(10 / 3), 7 // 2.5, 7 % 2.5, divmod(-7.5, 2))
print(max(1, 2.0, Fraction(5, 2)), min(3, 2.5, Decimal("2.4")), sorted([Fraction(1, 3), 0.3, Decimal("0.31")]) if False else "skip mixed decimal sort")
print(sum([1, 2.5, Fraction(1, 2)]), sum([Fraction(1, n) for n in range(1, 5)]))
print(abs(-Fraction(7, 3)), float(Fraction(1, 3)), int(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)))
print(complex(1, 2) * 2.5, (1 + 2j) ** 2, 1j ** 0, 2 ** 0.5 == 2 ** Fraction(1, 2))
print(hash(Fraction(2, 1)) == hash(2), Fraction("3/7"), Fraction(0.25), Fraction(1, 3).limit_denominator(2))
print(Decimal("1e3"), Decimal("-0"), Decimal("NaN").is_nan(), str(Decimal("123.4500").normalize()))
