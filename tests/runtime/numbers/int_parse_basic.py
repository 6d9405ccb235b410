# int() from strings: whitespace, signs, underscores, unicode digits
for s in ['0', '  42  ', '-17', '+5', '1_000_000', '\t\n 9 \r', '00', '007', '\u0661\u0662\u0663',
          '\uff11\uff12', '-0', '12345678901234567890123456789', '  -1_2_3  ', '\u00a012\u2003']:
    print(repr(s), int(s))
print(int(), int(False), int(True), int(3.99), int(-3.99), int(1e20), int(-0.0))
print(int(b'  77 '), int(b'-1_0'))
