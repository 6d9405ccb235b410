# exact integer functions of math
import math
print([math.factorial(n) for n in range(12)])
print(math.factorial(30), len(str(math.factorial(500))), math.factorial(True))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(0, 0), math.gcd(0, -4), math.gcd(2**100, 6**50), math.gcd(12, 18, 27))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, -6), math.lcm(0, 5), math.lcm(2, 3, 4, 5), math.lcm(2**64, 3**40))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**20, 10**20 - 1]], math.isqrt(2**201))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50), math.comb(10**3, 3))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10), math.perm(5, None))
class I:
    def __index__(self):
        return 6
print(math.factorial(I()), math.gcd(I(), 4), math.comb(I(), 2), math.isqrt(I()))
def t(name, *a):
    try:
        print(repr(getattr(math, name)(*a)))
    except Exception as e:
        print(name, type(e).__name__, e)
t('factorial', -1)
t('factorial', 1.5)
t('factorial', 5.0)
t('factorial', '5')
t('factorial', 10**20)
t('gcd', 1.5)
t('gcd', 4, '2')
t('lcm', 1.0)
t('isqrt', -1)
t('isqrt', 4.0)
t('comb', -1, 2)
t('comb', 5, -1)
t('comb', 5)
t('comb', 5.0, 2)
t('perm', -1)
t('perm', 5, -1)
t('perm', 5, 2.0)
t('perm', 1, 2, 3)
