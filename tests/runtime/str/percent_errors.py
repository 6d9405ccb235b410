def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

def pct(f, *args):
    for a in args:
        show(repr(f) + " % " + repr(a), lambda: f % a)

pct("%d", "a", [1], None, 1j)
pct("%x", 1.5, "a")
pct("%o", 2.0)
pct("%f", "x", None)
pct("%e", [1])
pct("%s %s", 1, (1,))
pct("%s", (1, 2), ())
pct("abc", 1, (1,))
pct("%(a)s", 1, (1,), {})
pct("%(a", {"a": 1})
pct("%", (), 1)
pct("%5", 1)
pct("%z", 1)
pct("%5%", (1,))
pct("%\x01", 1)
pct("%é", 1)
pct("%c", "ab", 1.5, -1, 0x110000, 2**70, "")
pct("%*d", ("x", 1))
pct("%.*f", (1.5, 1.0))
pct("%(a)s %s", {"a": 1})
pct("%s %(a)s", {"a": 1})
pct("%d %d", (1, "x"))
show("modnone", lambda: "%s" % None)
