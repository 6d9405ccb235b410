def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

def ev(*exprs):
    for x in exprs:
        show(x, lambda: eval(x))

s = "hello world"
u = "héllo wörld"
for t in (s, u):
    for p in ["", "h", "hello", "hé", "world", "wörld", "d", "x", t, t + "!"]:
        print(repr(p), t.startswith(p), t.endswith(p), t.startswith(p, 6), t.endswith(p, 0, 5), t.startswith(p, -5), t.endswith(p, -100, -6), t.startswith(p, 100), t.endswith(p, 11))
print(s.startswith(("x", "he")), s.endswith(("ld", "zz")), s.startswith(()), s.startswith(("a", "b"), 6))
print(s.startswith(("he", 1)), "".startswith(""), "".endswith(""), "".startswith("", 1), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 3), "abc".endswith("", 4))
show("badtuple", lambda: s.startswith((1, "he")))
show("bad", lambda: s.startswith(1))
show("badend", lambda: s.endswith(["h"]))
show("badtupleend", lambda: s.endswith(("z", None)))
show("none", lambda: s.startswith())
show("many", lambda: s.startswith("a", 1, 2, 3))
show("kw", lambda: s.startswith(prefix="a"))
print(s.startswith("world", 6, None), s.startswith("h", None, 1), s.endswith("hello", None, 5))
