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

for w in ["a", "_", "__init__", "1a", "a1", "", "é", "ℕ", "℘", "℮", "·", "a·", "ᢅ", "a-b", "a b", "if", "None", "λx", "x\u0301", "\u0301x", "١", "a١", "𝔘", "Ⅻ", "ⅻ", "ﬁ", "$", "a$"]:
    print(repr(w), w.isidentifier())
