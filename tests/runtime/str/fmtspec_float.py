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

vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 0.1, 1e-5, 1e-4, 123456.789, 1e15, 1e16, 1e17, 1.5e300, 5e-324, 2.5, 0.125, 1/3, 2/3, 100.0, 1e22, float("inf"), float("-inf"), float("nan")]
for v in vals:
    fmt(v, "", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "G", "#g", ".10g", "%", ".1%", "10.2f", "<10.2f", "^12.3e", "+.2f", " .2f", "010.2f", "n", ".3", "#", ".0e", "#.0e", "F", ".1", ".17g", ".20f")
fmt(0.5, ".0f")
fmt(1.5, ".0f")
fmt(2.675, ".2f")
fmt(1.0005, ".3f")
fmt(-0.0, "z", "z.1f", "z.0e", "+z.2f", "z.3g", "z%")
fmt(-0.0001, "z.2f", "z.2e", "z.3")
fmt(1e100, ".1000f")
class Fl(float): pass
fmt(Fl(2.5), "", ".1f")
print(format(Fl(1.5)), format(2.0), (2.5).__format__(".2e"))
