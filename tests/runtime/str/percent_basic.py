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

pct("%s", "x", 1, 1.5, None, [1], (1,), ((1, 2),), {"a": 1}, "é")
pct("%r", "x", "é", 1.5)
pct("%a", "é", "x")
pct("%s %s", (1, 2), ("a", "b"))
pct("%5s|%-5s|", ("ab", "cd"))
pct("%.2s|%5.1s|%-5.3s|", ("abcdef", "xyz", "hello"))
pct("%%|%s%%", ("x",))
pct("100%%", ())
pct("%(a)s-%(b)r", {"a": 1, "b": "two"})
pct("%(a)s %(a)s", {"a": "rep"})
pct("%((x))s", {"(x)": "paren"})
pct("no format", (), [], {})
pct("%c%c%c", (72, "i", 0x263A))
pct("%5c|%-3c|", (65, "b"))
pct("%s", [[]], ())
pct("%*s|%-*s|", (5, "a", 4, "b"))
pct("%.*s", (2, "abc"))
pct("%ls %hs %Ls", ("a", "b", "c"))
class S(str): pass
pct(S("%s!"), "x")
print(type(S("%s") % "x").__name__)
s = "%s"
s %= 5
print(s)
print("%s".__mod__(3), "x".__rmod__("%s!"), "x".__rmod__(5))
