# round() on floats: half-even to int, correctly rounded decimals
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375, -0.125,
          1234.5678, 1e20, 1e-20, 5e-324, 1.7976931348623157e308, 0.0, -0.0, 123456789.987654321]:
    print(repr(v), round(v), repr(round(v, 0)), repr(round(v, 1)), repr(round(v, 2)), repr(round(v, 3)),
          repr(round(v, -1)), repr(round(v, -2)), repr(round(v, 10)))
print(repr(round(2.675, 2)), repr(round(0.285, 2)), repr(round(1.0005, 3)), repr(round(-0.4)), repr(round(-0.4, 0)))
print(repr(round(1.5, 400)), repr(round(1.5, -400)), repr(round(-1.5, -400)), repr(round(float('inf'), 2)), repr(round(float('nan'), 1)))
print(repr(round(1e300, -300)), repr(round(5.5e307, -308)))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(e)
print(type(round(2.5)).__name__, type(round(2.5, None)).__name__, type(round(2.5, 0)).__name__)
print(round(2.5, ndigits=None), round(number=3.75, ndigits=1))
