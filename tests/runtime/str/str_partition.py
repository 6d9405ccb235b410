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

for s in ["key=value", "=", "a=b=c", "noeq", "", "héllo=wörld", "😀=😀"]:
    print(repr(s), s.partition("="), s.rpartition("="), s.partition("=b"), s.rpartition("b="))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"), "aaa".partition("aa"), "aaa".rpartition("aa"))
print("héllo".partition("é"), "héllo".rpartition("l"), "abc".partition("é"), "abc".rpartition("é"))
show("empty", lambda: "a".partition(""))
show("rempty", lambda: "a".rpartition(""))
show("int", lambda: "a".partition(1))
show("none", lambda: "a".partition())
show("two", lambda: "a".rpartition("a", "b"))
