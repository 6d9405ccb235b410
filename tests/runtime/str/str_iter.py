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

for t in ["abc", "", "héllo", "😀x"]:
    print(list(t), [c for c in t], tuple(t))
it = iter("abc")
print(type(it).__name__, type(iter("é")).__name__)
print(next(it), it.__length_hint__(), next(it), next(it))
show("stop", lambda: next(it))
print(it.__length_hint__())
it2 = iter("xyz")
print(iter(it2) is it2, list(it2), list(it2))
print(sorted("banana"), sorted(set("aab")), max("hello"), min("hello"))
print("".join(reversed("hello")), list(enumerate("ab")), list(zip("ab", "cd")))
a, b, c = "xyz"
print(a, b, c)
print(*"abc", sep="-")
