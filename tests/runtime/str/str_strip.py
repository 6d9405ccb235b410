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

cases = ["  abc  ", "abc", "", "   ", "\t\n abc \r\x0b\x0c", "\u3000abc\u00a0", "xxabcxx", "héllo", "\x1cabc\x1f", "\u200babc"]
for s in cases:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip("xa")), repr(s.lstrip("xab ")), repr(s.rstrip("cx ")), repr(s.strip(None)), repr(s.strip("")))
print(repr("ééabcéé".strip("é")), repr("abc😀😀".rstrip("😀"), ), repr("😀a😀".strip("😀a")), repr("abcdefghijk".strip("abcdefghij")), repr("www.example.com".strip("cmowz.")))
show("int", lambda: "a".strip(1))
show("lint", lambda: "a".lstrip(1))
show("rint", lambda: "a".rstrip([]))
show("two", lambda: "a".strip("a", "b"))
show("kw", lambda: "a".strip(chars="a"))
