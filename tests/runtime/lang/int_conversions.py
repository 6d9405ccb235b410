for s, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("777", 8), ("0o777", 0), ("101", 2), ("0b101", 0), ("z", 36), ("Z", 36), ("10", 10), ("-10", 3), (" +42\n", 10), ("1_000", 0), ("0", 0), ("00", 0)]:
    print(repr(s), base, int(s, base))
for s, base in [("0x", 16), ("08", 0), ("1__0", 10), ("_1", 10), ("12", 2), ("", 0), ("0b", 0), ("9", 37), ("1.0", 10)]:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(bin(0), bin(-5), oct(-8), hex(-255), hex(2 ** 64), bin(2 ** 10 - 1))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "#X"), format(-255, "#x"), format(5, "08b"))
print(str(-0), str(10 ** 25), repr(-123), int(" -0 "), int("-0"), int(b"42"), int(bytearray(b"17")), int("٣"))
print(int(True), int(False), int(3.999999), int(-0.5), int("   7"), int(" 7 "))
print(int.from_bytes(b"\x00\x01", "big"), int.from_bytes(b"\xff", "big", signed=True), (255).to_bytes(1, "little"), (1024).to_bytes(2, "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print((37).bit_count() if hasattr(int, "bit_count") else "no bit_count", (10).as_integer_ratio(), (5).conjugate(), (7).numerator, (7).denominator, (7).real, (7).imag)
print(int.__name__, type(int("5")).__name__, isinstance(int("5"), int), int() == 0, int("-" + "9" * 30))
