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

fmt(1, "abc", ".2", "99999999999999999999", ".99999999999999999999", "z", "s", "=s")
fmt(1.5, "abc", ".", "d", "x", "c", "s", "é", ",_", "_,", ".2147483648f")
fmt("s", "abc", "d", "+", " ", "#", "z", "=")
fmt([], "", "x", " ")
fmt(None, "", "s")
fmt(object, "", "x")
class Plain: pass
show("plain x", lambda: format(Plain(), "x"))
print(format(None), format([1]), format((1, "a")), format(Plain()).startswith("<"))
show("f2", lambda: format(1, 2))
show("f0", lambda: format())
show("f3", lambda: format(1, "", 3))
class BadFmt:
    def __format__(self, spec): return 5
show("badret", lambda: format(BadFmt()))
show("objfmt", lambda: object().__format__("x"))
show("objfmtint", lambda: object().__format__(1))
print(object.__format__(5, ""), type(object().__format__("")).__name__)
