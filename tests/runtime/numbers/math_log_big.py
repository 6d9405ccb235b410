# math.log/log2/log10 on big ints beyond the float range
import math
for n in [1, 2, 10, 2**52, 2**1023, 2**1024, 2**2000, 10**308, 10**309, 10**1000, 3**5000, 2**10000 - 1]:
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 2), math.log(n, 10))
print(math.log(10**400, 10**200), math.log(2**3000, 2**1500))
for n in [0, -1, -(10**400)]:
    for name, f in [('log', math.log), ('log2', math.log2), ('log10', math.log10)]:
        try:
            f(n)
        except ValueError as e:
            print(name, n if n > -10 else 'big', e)
print(math.sqrt(10**300), math.log1p(10**300))
try:
    math.sqrt(10**400)
except OverflowError as e:
    print(e)
