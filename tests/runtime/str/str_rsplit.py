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

cases = ["a b c", "  a  b  c  ", "", "   ", "a", "one,two,,three,", "a\u3000b\u3000c"]
for s in cases:
    print(repr(s), s.rsplit(), s.rsplit(None, 1), s.rsplit(maxsplit=2), s.rsplit(","), s.rsplit(",", 1), s.rsplit(sep=",", maxsplit=0), s.rsplit(None, 0))
print("a--b--c".rsplit("--", 1), "aaa".rsplit("aa"), "aaaa".rsplit("aa", 1), "héllo wörld".rsplit("l", 1), "x😀y😀z".rsplit("😀", 1))
print("  lead".rsplit(None, 0), "trail  ".rsplit(None, 0), " a b ".rsplit(None, 1))
show("empty", lambda: "a".rsplit(""))
show("int", lambda: "a".rsplit(1))
show("many", lambda: "a".rsplit(",", 1, 2))
