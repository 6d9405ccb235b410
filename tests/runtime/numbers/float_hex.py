# float.hex and float.fromhex
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14159, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        float('inf'), float('-inf'), float('nan'), 123456.789, 2.0**-1070]
for v in vals:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, repr(back), back == v or back != back)
for s in ['0x1p0', '0x1.8p1', '-0x1.0p-2', '0X1P+3', '1', 'a', '0x.8', '0x1.', '  0x10  ', 'inf', '-Infinity', 'nan',
          '0x1.fffffffffffff8p1023', '0x1p-1074', '0x1p-1075', '0x1.8p-1074', '0x3p-1076', '0x1.00000000000008p0',
          '0x1.00000000000018p0', '0x0p0', '-0x0p0', '0x1p-2000']:
    try:
        print(s, repr(float.fromhex(s)))
    except Exception as e:
        print(s, type(e).__name__, e)
for s in ['', 'x', '0x', '0xp1', '0x1p', '0x1q', '0x1p1.5', '0x1p99999', '1.0p', '0x1 1']:
    try:
        print(repr(float.fromhex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
class F(float):
    pass
v = F.fromhex('0x1.8p0')
print(v, type(v).__name__)
