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

for w in ["ß", "ẞ", "ſ", "ﬀ", "ﬅ", "ς", "ϐ", "ϑ", "ϕ", "ϖ", "ϰ", "ϱ", "ϵ", "ẛ", "ᾀ", "ᾳ", "ᾼ", "İ", "ı", "µ", "ŉ", "ǰ", "ΐ", "K", "Å", "ϴ", "ͅ", "Ᏸ", "ꭰ", "Ꭰ", "Ა", "ა", "Straße", "HELLO", "ǅ", "Ⅻ", "Ⓐ", "𐐀"]:
    print(repr(w), repr(w.casefold()), [ord(c) for c in w.casefold()])
print("Straße".casefold() == "STRASSE".casefold())
show("arg", lambda: "a".casefold(1))
