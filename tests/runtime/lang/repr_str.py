class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly-str"

b = Both()
print(b, repr(b), str(b), [b], (b,), {"k": b})
print(f"{b} {b!r} {b!s}")
r = ReprOnly()
print(r, str(r), [r])
s = StrOnly()
print(s)
print(repr(s).startswith("<__main__.StrOnly object at"))
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

class Rec:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Rec({self.children!r})"
r1 = Rec(); r1.children.append(Rec())
print(r1)
l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)

class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(format(Fmt(), "abc"), f"{Fmt():>10}", "{:xyz}".format(Fmt()))
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)

print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\n\t\\"), repr("\x00\x7f\u00e9\u4e2d"))
print(str(1.0), repr(1e16), repr(1.5e-7), str(0.1 + 0.2), repr(-0.0), repr(float("inf")), repr(float("nan")))
print(repr(b"a\x00'"), repr(bytearray(b"xy")))
print(ascii("caf\u00e9 \U0001f600"), repr(None), repr(...), repr(NotImplemented))
print(str(True), repr(False), str(123456789012345678901234567890))
print(repr(1j), repr(1 + 2j), repr(-1.5j), repr(complex(0, -0.0)))
