# float() from strings
for s in ['0', '1', '-1', '+1.5', '  2.5  ', '1_000.000_1', '.5', '5.', '1e10', '1E-10', '1e+3', '-1.5e-3',
          'inf', '-inf', '+inf', 'INF', 'Infinity', '-iNfInItY', 'nan', '-nan', 'NaN', '1e500', '-1e500', '1e-500',
          '\u0661\u0662.\u0663', '\t 3.25 \n', '0.1', '1.7976931348623157e308', '2.2250738585072014e-308',
          '4.9e-324', '0000.0001', '1_2e1_0', '123456789012345678901234567890']:
    print(repr(s), repr(float(s)))
print(float(), float(3), float(-2**63), float(True), float(2**70), float(b'1.5'))
print(float(bytearray(b' 2 ')))
