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
print(s.index("o"), s.rindex("o"), s.index("o", 5), s.rindex("o", 0, 5), s.index(""), s.rindex(""))
for f in ["index", "rindex", "find", "rfind", "count"]:
    show(f + "0", lambda: getattr(s, f)())
    show(f + "int", lambda: getattr(s, f)(1))
    show(f + "many", lambda: getattr(s, f)("a", 1, 2, 3))
    show(f + "kw", lambda: getattr(s, f)(sub="a"))
    show(f + "badstart", lambda: getattr(s, f)("a", "x"))
    show(f + "badend", lambda: getattr(s, f)("a", 0, 1.5))
show("idxmiss", lambda: s.index("z"))
show("ridxmiss", lambda: s.rindex("z"))
show("idxrange", lambda: s.index("h", 1))
show("ridxrange", lambda: s.rindex("d", 0, 10))
