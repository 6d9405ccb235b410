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

s = "hello"
for i in range(-6, 6):
    show(i, lambda: s[i])
u = "héllo wörld ☃ 😀"
for i in [0, 1, 2, -1, -2, 13, 14, 15, -15, -16, 16]:
    show(i, lambda: u[i])
show("big", lambda: s[2**70])
show("negbig", lambda: s[-2**70])
show("bool", lambda: s[True])
show("float", lambda: s[1.0])
show("str", lambda: s["1"])
show("none", lambda: s[None])
class I:
    def __index__(self): return 2
class Bad:
    def __index__(self): return "x"
show("index", lambda: s[I()])
show("badindex", lambda: s[Bad()])
show("empty", lambda: ""[0])
print(s[0] is s[0], "a"[0] == "a")
print(s.__getitem__(1), u.__getitem__(-1))
show("getitem0", lambda: s.__getitem__())
