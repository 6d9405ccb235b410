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

print("ab" + "cd", "" + "x", "x" + "", "é" + "😀", "a" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "é" * 2, repr("" * 5))
print("ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(3), True * "x", "x" * True)
show("addint", lambda: "a".__add__(1))
show("mulstr", lambda: "a".__mul__("x"))
show("mulfloat", lambda: "a".__mul__(1.5))
class I:
    def __index__(self): return 2
print("ab".__mul__(I()), "ab" * I())
s = "x"
s += "y"
s *= 3
print(s)
class S(str): pass
r = S("ab") + "cd"
print(r, type(r).__name__)
r = S("ab") * 2
print(r, type(r).__name__)
print(type("a" + S("b")).__name__)
show("mulbig", lambda: "a".__mul__(2**70))
