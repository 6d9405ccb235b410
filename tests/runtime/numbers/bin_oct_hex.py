# bin/oct/hex with ints, big ints, negatives, __index__
for n in [0, 1, -1, 5, -5, 255, -256, 2**64, -(2**64) - 1, 10**30, True]:
    print(bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
for name, f in [('bin', bin), ('oct', oct), ('hex', hex)]:
    for bad in [1.5, '1', None]:
        try:
            f(bad)
        except TypeError as e:
            print(name, e)
class BadI:
    def __index__(self):
        return 'x'
try:
    hex(BadI())
except TypeError as e:
    print(e)
