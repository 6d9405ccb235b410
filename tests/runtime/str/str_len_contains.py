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

for t in ["", "a", "hello", "héllo", "☃☃", "😀😀😀", "a\x00b", "\u0301e"]:
    print(repr(t), len(t), t.__len__())
print("ell" in "hello", "" in "", "" in "abc", "x" in "hello", "lo" in "hello", "hel" in "he")
print("é" in "héllo", "ll" in "héllo", "😀" in "a😀b", "☃" in "abc", "a" in "☃a")
show("intin", lambda: 1 in "abc")
show("noneIn", lambda: None in "abc")
show("contains", lambda: "abc".__contains__(1))
print("abc".__contains__("b"), "abc".__contains__(""))
show("lenargs", lambda: "abc".__len__(1))
print(bool(""), bool("a"), not "", not "x")
