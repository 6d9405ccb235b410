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

methods = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
words = ["é", "É", "ß", "ǅ", "ǅa", "Ǆa", "٣", "²", "½", "Ⅻ", "一", "三", "亿", "\u00a0", "\u2003", "\u3000", "\u2028", "\u0085", "\u200b", "\u0301", "e\u0301", "ª", "º", "ʰ", "ā", "Ω", "ω", "Ωω", "Ωmega", "①", "𝟘", "🄀", "\U0001d7d8", "\ufeff", "\ue000", "αβγ", "ΑΒΓ", "Ab Γδ", "x²", "١٢٣", "٣x", "μ", "℃", "Ⅰ", "ⅰ", "☃", "😀"]
for w in words:
    print(repr(w), [int(getattr(w, m)()) for m in methods])
