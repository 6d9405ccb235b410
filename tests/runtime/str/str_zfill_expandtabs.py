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

for s in ["42", "-42", "+42", "", "abc", "-", "+", "é", "--1", "0"]:
    print(repr(s), [s.zfill(w) for w in (-1, 0, 1, 2, 3, 5)])
show("none", lambda: "1".zfill())
show("str", lambda: "1".zfill("3"))
show("kw", lambda: "1".zfill(width=3))
for s in ["a\tb", "\t", "abc\tdef\tg", "12345678\tx", "a\nb\tc", "a\r\tb", "é\tx", "no tabs", "\t\t", ""]:
    print(repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)), repr(s.expandtabs(tabsize=1)), repr(s.expandtabs(3)))
show("tabstr", lambda: "a".expandtabs("x"))
show("tabmany", lambda: "a".expandtabs(1, 2))
show("tabkw", lambda: "a".expandtabs(size=2))
