# operations on very large ints stay exact
a = 3 ** 500
b = 7 ** 300 + 1
print(a % b, a // b, (a * b) % (10 ** 9 + 7), -a // b, -a % b)
print((a ** 3) % 1000000007, pow(a, b, 10 ** 40 + 3), len(str(a * b)))
f = 1
for i in range(1, 101):
    f *= i
print(f, f // (2 ** 97), f % 2 ** 64)
print(sum(range(10 ** 6)), 10 ** 18 * 10 ** 18, (10 ** 18 + 1) ** 3)
x = 1
for i in range(200):
    x = x * 3 + 1
print(x, x.bit_length(), x & (2 ** 100 - 1), x >> 250, -x >> 250)
print(int(str(2 ** 1000)) == 2 ** 1000, hex(2 ** 200 - 1), oct(-(8 ** 50)))
