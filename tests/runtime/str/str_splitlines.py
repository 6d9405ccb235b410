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

cases = ["", "a", "a\n", "a\nb", "a\r\nb\rc\n", "\n\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "x\r", "\r\n\r\n", "a\n\rb", "a\x1fb"]
for s in cases:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True), s.splitlines(False), s.splitlines(0), s.splitlines(5))
show("kwbad", lambda: "a".splitlines(x=1))
show("str", lambda: "a".splitlines("x"))
show("float", lambda: "a".splitlines(1.5))
show("many", lambda: "a".splitlines(1, 2))
