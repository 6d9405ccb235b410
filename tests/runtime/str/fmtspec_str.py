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

fmt("abc", "", "s", "5", "<5", ">5", "^5", "^6", "*^6", "é>4", "😀<4", ".2", ".0", "10.2", ">10.2s", "0", "05", "0<5", "00", "2", ".5")
fmt("héllo", "^9", ".3", ">7.1")
fmt("", "5", ".0", "x^3")
fmt("abc", "d", "x", "+", " ", "-", "#", "z", "=", "=5", ",", "_", "5,", "abc", ">>5", ".", "é")
class S(str): pass
fmt(S("sub"), "", ">5", "s")
print(format(S("sub")), type(format(S("x"))).__name__, "abc".__format__(">4"))
show("fmtint", lambda: "a".__format__(1))
show("fmtnone", lambda: "a".__format__())
