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

print(repr(str()), str(1), str(-5), str(1.5), str(1e100), str(True), str(None), str([1, "a"]), str((1,)), str({1: "x"}), str(b"ab"), str(1+2j))
print(str("abc"), str(object="kw"), repr(str(b"abc", "ascii")), str(b"h\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"), str(b"abc", encoding="utf-8"), str(b"x", errors="strict"))
print(str(bytearray(b"xy"), "utf-8"), str(b"", "utf-8") == "")
class A:
    def __str__(self): return "A!"
class B:
    def __repr__(self): return "B-repr"
class C:
    def __str__(self): return 5
print(str(A()), str(B()), repr(B()))
show("badstr", lambda: str(C()))
show("kw", lambda: str(x=1))
show("many", lambda: str(1, 2, 3, 4))
show("decodestr", lambda: str("a", "utf-8"))
show("decodeint", lambda: str(1, "utf-8"))
show("unknown", lambda: str(b"a", "nope"))
show("encodingtype", lambda: str(b"a", 5))
show("errorstype", lambda: str(b"a", "utf-8", 5))
class S(str):
    pass
s = S("val")
print(type(s).__name__, s, s.upper(), type(s.upper()).__name__, isinstance(s, str))
class T(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(T("ab"), len(T("ab")))
print(str.__new__(S, "q"), type(str.__new__(S, "q")).__name__)
show("newbad", lambda: str.__new__(int, "q"))
