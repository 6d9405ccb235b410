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

print(hash("abc") == hash("abc"), hash("") == hash(""), hash("é") == hash("é"))
class S(str): pass
print(hash(S("abc")) == hash("abc"), S("abc") == "abc", "abc" == S("abc"))
d = {"a": 1, "é": 2}
print(d[S("a")], d["é"], S("a") in d, "b" in d)
print(len({"a", "a", S("a")}))
print("abc".__hash__() == hash("abc"))
x = "ab" + "c"
print(x == "abc", x is not None)
