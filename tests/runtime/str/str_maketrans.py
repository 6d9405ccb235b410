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

print(sorted(str.maketrans("ab", "cd").items()), sorted(str.maketrans("ab", "cd", "ef").items()), str.maketrans("", ""), sorted(str.maketrans({"a": 1, 98: "x", "c": None}).items()))
print(sorted("x".maketrans("é", "e").items()), str.maketrans({}))
show("none", lambda: str.maketrans())
show("one", lambda: str.maketrans(1))
show("len", lambda: str.maketrans("ab", "c"))
show("floatkey", lambda: str.maketrans({1.5: 2}))
show("longkey", lambda: str.maketrans({"ab": 2}))
show("z", lambda: str.maketrans("a", "b", 5))
show("y", lambda: str.maketrans(1, 2))
show("x", lambda: str.maketrans(1, "2"))
show("four", lambda: str.maketrans("a", "b", "c", "d"))
show("kw", lambda: str.maketrans(x={}))
show("emptykey", lambda: str.maketrans({"": 1}))
