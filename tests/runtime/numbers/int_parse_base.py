# int(s, base): prefixes, base 0, letters, bytes
cases = [('ff', 16), ('FF', 16), ('0xff', 16), ('0x_ff', 16), ('0XfF', 0), ('0o17', 0), ('0O17', 8),
         ('0b1011', 0), ('0b_1_0', 2), ('z', 36), ('Zz', 36), ('101', 2), ('777', 8), ('10', 0),
         ('0', 0), ('0_0', 0), ('000', 0), ('-0x10', 0), ('+0b11', 0), ('  1a  ', 11),
         ('1' * 60, 2), ('f' * 40, 16)]
for s, b in cases:
    print(repr(s), b, int(s, b))
print(int('12', base=5), int(b'0x1f', 16), int('0x1f', base=0))
class B:
    def __index__(self):
        return 16
print(int('ff', B()))
