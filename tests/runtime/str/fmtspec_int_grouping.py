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

for v in [0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 2**64, -2**80]:
    fmt(v, ",", "_", ",d", "_d", "10,", "010,", "012,", "+013,", "=12,", "_x", "_b", "_o", "_X", "#_x", "020_b", "015_x", "#012_x", "<12,", "^12,", "0=15_")
fmt(1234, ",x", ",b", ",o", ",c", ",n", "_n", "_c", ",s", ",,", "_,", ",_", "__")
fmt(1234567.891, ",", "_", ",.2f", "015,.2f", "_.3e", ",g", ",%", "_.1%", "020,.4f")
fmt(-0.0, ",", "010,.2f")
