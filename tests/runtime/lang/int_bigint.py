a = 2 ** 100
b = 3 ** 64
print(a, b, a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b, a // -b, divmod(a, b), divmod(-a, 7))
print(a ** 2, pow(a, 3, 10 ** 9 + 7), pow(7, a, 13), -a ** 3 < 0)
print(a >> 50, a << 10, a & (2 ** 64 - 1), a | 1, a ^ (a - 1), ~a, -a >> 3, (-a) & 0xFF)
print(a == 2 ** 100, a != a + 1, a > b, a < -b, hash(a) == hash(2 ** 100), a.bit_length(), (-a).bit_length())
print(int(str(a)) == a, str(-a)[:10], len(str(10 ** 500)), int("9" * 60) + 1 == 10 ** 60)
print(abs(-a) == a, max(a, b), min(-a, -b), sum([a, b, 1]), sorted([a, -a, b, 0]))
print(a / 2 ** 99, b / 3 ** 63, float(a), 10 ** 20 / 10 ** 10, (10 ** 30 + 1) / 10 ** 30)
print(hex(a), oct(b)[:12], bin(2 ** 70)[:5], f"{a:,}", f"{a:x}", f"{-b:>30}")
print((2 ** 64).to_bytes(9, "big"), int.from_bytes(b"\xff" * 10, "big"), (-1).to_bytes(2, "big", signed=True))
print(12345678901234567890 * 98765432109876543210, 10 ** 40 // 3, 10 ** 40 % 97)
print(round(123456789123456789, -5), round(2 ** 80 + 0.0), int(1e30), 10 ** 18 * 10 == 10 ** 19)
fact = 1
for i in range(1, 60):
    fact *= i
print(fact, fact % 1000003, fact // 10 ** 70)
print(2 ** 63, 2 ** 63 - 1, -2 ** 63, (2 ** 63) * 2, 2 ** 62 + 2 ** 62, -(2 ** 63) - 1, (2 ** 63 - 1) + 1)
x = 2 ** 62
print(x * 4, x + x + x, x * -3, (x * 2) // 2 == x, abs(-(2 ** 63)), -(-(2 ** 63)))
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 9223372036854775807)
print(3037000500 * 3037000500, (-3037000500) * 3037000500, 4611686018427387904 * 2)
print(int(-2 ** 63) // -1, (-2 ** 63) % -1, divmod(-2 ** 63, -1))
print(sum(range(10 ** 6)), 7 ** 77 % 10 ** 10)
try:
    1 << 10 ** 100
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
