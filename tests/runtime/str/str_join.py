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

print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join([]), "-".join(["solo"]), "é".join("abc"), ", ".join(("1", "2")), "|".join(x for x in "abc"), "+".join({"k": 1}), "😀".join(["a", "b"]))
print("-".join(iter(["p", "q"])), "".join(map(str, range(5))), repr("".join([""] * 5)))
class S(str): pass
print(",".join([S("a"), S("b")]), type("".join([S("a")])).__name__)
show("int", lambda: ",".join(["a", 1]))
show("intfirst", lambda: ",".join([1]))
show("bytes", lambda: ",".join([b"a"]))
show("notiter", lambda: ",".join(5))
show("none", lambda: ",".join())
show("two", lambda: ",".join([], []))
show("kw", lambda: ",".join(iterable=[]))
def gen():
    yield "a"
    raise ValueError("boom")
show("generr", lambda: ",".join(gen()))
print(len("".join(["ab"] * 100000)))
