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

for v in [1+2j, -1-2j, 2j, -2j, 0j, -0.0+0j, complex(-0.0, -0.0), 1.5+0j, 1e20+1e-20j, complex(float("inf"), float("nan")), 3.14159+2.71828j]:
    fmt(v, "", "f", ".2f", "e", ".3g", "g", "G", "n", ">20", "<20", "^20", "*^22", "+", " ", "-", ".2", "+.3", "#", "#.0f", ",", ",.2f", "20.2f", "z.1f")
fmt(1+2j, "020", "=20", "0>20", "%", "d", "x", "s", ".2%")
class C(complex): pass
fmt(C(1, 2), "", ".1f")
