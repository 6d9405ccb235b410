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

for s in ["abc", "", "é", "abcd", "😀"]:
    for w in [-1, 0, 3, 4, 5, 6, 7, 10]:
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.center(w, "*")), repr(s.ljust(w, "é")), repr(s.rjust(w, "😀")))
show("nofill", lambda: "a".center())
show("many", lambda: "a".center(1, "x", 3))
show("kw", lambda: "a".ljust(width=3))
show("float", lambda: "a".rjust(1.5))
show("fill2", lambda: "a".center(3, "ab"))
show("fill0", lambda: "a".center(3, ""))
show("fillint", lambda: "a".ljust(3, 5))
show("big", lambda: "a".ljust(2**70))
class I:
    def __index__(self): return 5
print(repr("a".center(I())), repr("a".center(True)))
