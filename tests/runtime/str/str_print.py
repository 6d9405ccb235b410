class S(str): pass
class U(str):
    def __str__(self): return "U-str"
print(S("plain"), U("hidden"))
print("a", "b", sep=S("-"), end=S("!\n"))
print(str(12), str(-0.5), str([S("x")]), str((U("y"),)))
class R:
    def __repr__(self): return "R()"
print(R(), [R()], str(R()), "%s %r" % (R(), R()))
class Both:
    def __str__(self): return "S"
    def __repr__(self): return "R"
print(Both(), [Both()], f"{Both()}", f"{Both()!r}", "{}".format(Both()), "{!r}".format(Both()), format(Both()))
print("multi\nline", "tab\tbed", "uni ☃ 😀 é")
print(repr("x" * 3), ascii("é☃"), str(b"bytes"), str(bytearray(b"ba")))
print(str(range(3)), str(slice(1, 2)), str(Ellipsis), str(NotImplemented), str(type("x")), str(str))
