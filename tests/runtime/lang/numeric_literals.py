print(0x1F, 0o17, 0b1011, 1_000_000, 0x_FF, 0b_1_0, 1e3, 1.5e-3, 1_0.0_1, .5, 5., 1E5, 0e0)
print(3j, 1.5J, 1e2j, type(1j).__name__)
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 5 % 2.5)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 0.5, 0 ** 0, 10 ** 20)
print(1 / 3, 10 / 5, type(10 / 5).__name__, 2 / 3 * 3)
print(1 << 100, (1 << 100) >> 99, -1 >> 10, -16 >> 2, 5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1)
print(0.1 + 0.2, 0.1 * 3, 1e308 * 10, -1e308 * 10, 1e-320, 2.5e-324 > 0)
print(int("42"), int("-0x1f", 16), int("0b101", 0), int("  7  "), int("1_000"), int(3.99), int(-3.99), int(True))
print(float("1.5"), float("  -inf "), float("1e-2"), float(3), float("nan") != float("nan"))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(0.5 + 1e-9))
print(abs(-5), abs(-2.5), abs(3 + 4j), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3), pow(-8, 1 / 3).__class__.__name__)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, (10 ** 30) * (10 ** 30))
print(123456789 * 987654321, 2 ** 200 - 2 ** 199, (2 ** 64) // (2 ** 32))
print(int.bit_length(255), (255).bit_length(), (-1).bit_length(), (10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 1.0.is_integer(), (0.5).as_integer_ratio(), 3.0.hex())
print(True + 1.5, 3 * True, 1 + 2j + 3, (1 + 2j) * (3 - 1j), (1 + 2j).real, (1 + 2j).conjugate())
for bad in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "0 ** -1", "1.0 % 0.0"]:
    try:
        eval(bad)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for bad in ["int('x')", "int('1.5')", "float('abc')", "int('', 10)", "int('12', 1)", "int('9', 8)"]:
    try:
        eval(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["2.0 ** 10000", "int(float('inf'))", "10.0 ** 400", "1 << -1"]:
    try:
        eval(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int(float("1e20")), float(10 ** 20), 10 ** 20 / 3, 2 ** 1000 / 2 ** 999)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(0.1 + 0.7, 1 / 7, 1e16, 1e-5, 123456789012345678.0, 0.30000000000000004, 100.0, 1e22, 1e21)
