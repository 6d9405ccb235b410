# 3.11's limit on int <-> decimal str conversion (4300 digits)
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print('str:', e)
try:
    repr(-(10 ** 4300))
except ValueError as e:
    print('repr:', e)
try:
    int('1' * 4301)
except ValueError as e:
    print('int:', e)
print(len(str(int('9' * 4300))))
print(len(hex(10 ** 5000)), len(bin(2 ** 20000)))
print(int('1' * 5000, 16) > 0, int('1' * 5000, 2) > 0)
try:
    int('1' * 5000, 10)
except ValueError as e:
    print('int10:', e)
