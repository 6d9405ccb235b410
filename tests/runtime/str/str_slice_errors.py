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

s = "abcdef"
show("step0", lambda: s[::0])
show("floatstart", lambda: s[1.5:])
show("strstop", lambda: s[:"x"])
show("floatstep", lambda: s[::1.0])
class I:
    def __index__(self): return 3
print(s[I():], s[:I()], s[::I()])
class Bad:
    def __index__(self): return 1.5
show("badidx", lambda: s[Bad():])
print(s[True:], s[:False], s[None:None:None])
show("sliceidx", lambda: slice(1, 5, 2).indices(len(s)))
