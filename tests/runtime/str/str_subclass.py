def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

def pct(f, *args):
    for a in args:
        show(repr(f) + " % " + repr(a), lambda: f % a)

class S(str):
    def extra(self): return "extra:" + self
class U(str):
    def __str__(self): return "custom-str"
    def __repr__(self): return "custom-repr"
    def __len__(self): return 99
    def __getitem__(self, i): return "item"
    def __eq__(self, o): return True
    def __hash__(self): return 1
    def upper(self): return "overridden"
s = S("hello")
print(s, repr(s), s.extra(), len(s), s[1], s[1:3], s.upper(), type(s.upper()).__name__, type(s[1:3]).__name__, type(s + "x").__name__, s == "hello", isinstance(s, str))
u = U("value")
print(u, repr(u), str(u), len(u), u[0], u == "zzz", u.upper(), str.upper(u), str.__len__(u), str.__getitem__(u, 0), "%s" % u, "{}".format(u), f"{u}", format(u), format(u, ">8"))
print(u + "!", "x".join([u, u]), u.strip(), u.split("l"), list(iter(u))[:2], "alu" in u, str.__eq__(u, "value"))
print(S("a") < S("b"), S("b") < "c", "a" < S("b"), sorted([S("b"), "a", S("c")]))
class T(str):
    def __lt__(self, o): return "custom-lt"
print(T("a") < "b", "b" > T("a"), T("a").__lt__("b"))
print(str(S("x")) is not None, type(str(S("x"))).__name__, type(str(U("y"))).__name__)
d = {S("k"): 1}
print(d["k"], d[S("k")])
print(S("%s-%s") % (1, 2), type(S("%s") % 1).__name__)
print(S("abc").__getnewargs__(), type(S("abc").__getnewargs__()[0]).__name__)
