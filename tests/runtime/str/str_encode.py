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

for s in ["abc", "héllo", "€uro", "😀", "", "ÿ", "a\x00b"]:
    print(repr(s), s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode(encoding="utf_8"))
    for enc in ("ascii", "latin-1"):
        for err in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"):
            print("  ", enc, err, s.encode(enc, err))
print("abc".encode("ascii"), "ÿé".encode("latin-1"), "abc".encode("ascii", "bogus"), "abc".encode("utf-8", errors="strict"))
show("unknown", lambda: "a".encode("nope"))
show("encint", lambda: "a".encode(1))
show("errint", lambda: "a".encode("utf-8", 1))
show("badhandler", lambda: "é".encode("ascii", "bogus"))
show("kwbad", lambda: "a".encode(foo=1))
show("many", lambda: "a".encode("a", "b", "c"))
try:
    "aé€b😀".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason, repr(e.object))
try:
    "ab€€€c".encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason)
