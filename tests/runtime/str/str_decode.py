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

cases = [b"abc", b"h\xc3\xa9llo", b"\xe2\x82\xac", b"\xf0\x9f\x98\x80", b"\xff", b"a\x80b", b"\xe2\x82", b"\xe2\x28\xa1", b"\xe2\x82\x28", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\xf0\x9f\x98"]
for b in cases:
    for errors in ("replace", "ignore", "backslashreplace"):
        print(b, errors, repr(str(b, "utf-8", errors)))
    try:
        print(repr(str(b, "utf-8")))
    except UnicodeDecodeError as e:
        print("err", e.start, e.end, e.reason, e.encoding)
for b in [b"abc", b"a\xffb\x80"]:
    for errors in ("replace", "ignore", "backslashreplace"):
        print(repr(str(b, "ascii", errors)))
    try:
        print(repr(str(b, "ascii")))
    except UnicodeDecodeError as e:
        print("err", e.start, e.end, e.reason)
print(repr(str(b"\xfa\xfb\xfc\xfd\xfe\xff", "latin-1")))
for name in ("UTF-8", "utf8", "U8", "utf_8", "ASCII", "us-ascii", "Latin-1", "latin1", "iso-8859-1", "L1"):
    print(name, repr(str(b"ok", name)))
show("badhandler", lambda: str(b"\xff", "utf-8", "bogus"))
print(repr(str(b"ok", "utf-8", "bogus")))
