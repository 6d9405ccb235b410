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

for s in ["prefix_body_suffix", "", "pre", "héllo", "body"]:
    print(repr(s), repr(s.removeprefix("prefix_")), repr(s.removesuffix("_suffix")), repr(s.removeprefix("")), repr(s.removesuffix("")), repr(s.removeprefix(s)), repr(s.removesuffix(s)), repr(s.removeprefix("hé")), repr(s.removesuffix("lo")))
show("int", lambda: "a".removeprefix(1))
show("sint", lambda: "a".removesuffix(None))
show("none", lambda: "a".removeprefix())
show("kw", lambda: "a".removesuffix(suffix="a"))
