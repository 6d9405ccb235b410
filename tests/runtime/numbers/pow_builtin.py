# pow() with 2 and 3 arguments, modular inverses
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(base=3, exp=4))
print(pow(2, 10, 1000), pow(3, 200, 10**9 + 7), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 0, 1), pow(0, 0, 5))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11), pow(-2, -1, 7), pow(5, -1, -7), pow(2**100, -1, 10**9 + 9))
print(pow(7, 2, mod=5), pow(2**200, 2**100, 2**61 - 1), pow(True, 5, 3))
def t(*a, **k):
    try:
        print(repr(pow(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(2, 3, 0)
t(2, -1, 4)
t(0, -1, 5)
t(2.0, 3, 5)
t(2, 3.0, 5)
t(2, 3, 5.0)
t('a', 2, 3)
t(2, 'a')
t(1j, 2, 3)
t(0, -1)
t(0.0, -1)
t(2)
t(2, 3, 4, 5)
class P:
    def __pow__(self, other, mod=None):
        return ('P.pow', other, mod)
    def __rpow__(self, other):
        return ('P.rpow', other)
print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()), P() ** 5, 5 ** P())
