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

cases = ["a b c", "  a  b  c  ", "", "   ", "a", "a\tb\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x1fj", "a\u00a0b\u2003c\u3000d\u2028e", "a\u200bb", "one,two,,three,", ",", "x,y"]
for s in cases:
    print(repr(s), s.split(), s.split(None, 1), s.split(maxsplit=2), s.split(","), s.split(",", 1), s.split(sep=",", maxsplit=0), s.split(None, 0), s.split(" "))
print("a--b--c".split("--"), "a--b--c".split("-"), "aaa".split("a"), "aaa".split("aa"), "héllo wörld".split("ö"), "x😀y😀z".split("😀", 1))
print("abc".split("é"), "  lead".split(None, 0), "trail  ".split(None, 0), " both ".split(None, 0))
show("empty", lambda: "a".split(""))
show("int", lambda: "a".split(1))
show("many", lambda: "a".split(",", 1, 2))
show("kwbad", lambda: "a".split(x=1))
show("dup", lambda: "a".split(",", sep=","))
show("maxstr", lambda: "a".split(",", "1"))
show("maxfloat", lambda: "a".split(",", 1.0))
print("a b c".split(None, -5), "a b c".split(" ", -1), "a,b".split(sep=None))
print(len(("x " * 10000).split()), len(",".join(["a"] * 1000).split(",")))
