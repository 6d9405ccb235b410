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

noargs = ["capitalize", "casefold", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "lower", "swapcase", "title", "upper", "__getnewargs__", "__sizeof__"]
for m in noargs:
    show(m + "(1)", lambda: getattr("abc", m)(1))
    show(m + "(k=1)", lambda: getattr("abc", m)(k=1))
    show("str." + m + "(5)", lambda: getattr(str, m)(5))
for m in ["join", "partition", "rpartition", "removeprefix", "removesuffix", "translate", "zfill", "format_map", "__format__"]:
    show(m + "()", lambda: getattr("abc", m)())
    show(m + "(1,2)", lambda: getattr("abc", m)(1, 2))
for m in ["__len__", "__iter__", "__hash__", "__repr__", "__str__"]:
    show(m + "(1)", lambda: getattr("abc", m)(1))
for m in ["__getitem__", "__contains__", "__add__", "__mul__", "__mod__", "__lt__", "__eq__"]:
    show(m + "()", lambda: getattr("abc", m)())
    show("str." + m + "(1, 2)", lambda: getattr(str, m)(1, 2))
print("abc".__sizeof__() > 0, "é".__sizeof__() > "e".__sizeof__())
