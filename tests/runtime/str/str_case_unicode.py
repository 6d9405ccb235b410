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

words = ["straße", "STRASSE", "ǅungla", "ǆ", "ǲ", "ﬁnance", "ΣΊΣΥΦΟΣ", "ΟΔΟΣ", "Σ", "ΑΣ Σ", "ΑΣ.", "ΑΣ'Β", "aΣb", "İstanbul", "ıi", "ŉ", "ǰ", "ΐ", "ᾳ", "ᾼ", "éÉèÈ", "ÿŸ", "ǈ", "ß", "ẞ", "ﬃ", "µ", "Ⅻ", "ⓐⒶ", "𐐀𐐨", "ǅ", "Ǳ", "hello wörld", "ñandú ÑANDÚ"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.swapcase()), repr(w.title()), repr(w.capitalize()))
print("ΑΣ ΣΑ ΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "ΣΑ".lower(), "Σ".lower(), "ΑΣΑ".lower())
