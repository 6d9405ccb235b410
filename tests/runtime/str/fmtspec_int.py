def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

def fmt(v, *specs):
    for s in specs:
        show(repr(v) + " " + repr(s), lambda: format(v, s))

for v in [0, 1, -1, 42, -42, 255, 2**31, -2**63, 2**64, 2**100, -2**100, True, False]:
    fmt(v, "", "d", "5", "<5", "^6", "=+8", "+", " ", "-", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "08", "#010x", "n", "c" if 0 <= v < 0x110000 else "d", "e", "f", "g", "%", ".2f", "010.3e", "G", "E", "F")
fmt(65, "c", ">3c", "<3c", "^5c", "=3c", "0=5c", "*^5c")
fmt(0x263A, "c")
fmt(12, "+c", "#c", "-c", ".2", "z", ".1d", "s", "r", "abc", "é", "\x01")
fmt(-1, "c")
fmt(0x110000, "c")
fmt(2**70, "c")
fmt(2**2000, "f", "e", "g", "%")
fmt(10, "x=+10", "*<+7", "^+7", " 5", "+#x", "-#o", " #b", "0=10", "0<10")
class I(int): pass
fmt(I(5), "", "d", "03")
print(format(I(7)), format(True), format(False, "d"), (5).__format__("03"))
