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

s = "abcdefghij"
u = "αβγδεζηθικ"
for t in (s, u):
    print(t[2:5], t[:3], t[7:], t[-3:], t[:-3], t[::2], t[1::3], t[::-1], t[::-2], t[8:2:-2])
    print(repr(t[5:2]), repr(t[100:]), t[-100:3], t[3:100], t[-1:-5:-1], repr(t[-1:-5]))
    print(t[::7], t[::100], t[::-100], t[0:10:3], t[9:0:-3])
for start in (None, -12, -3, 0, 4, 12):
    for stop in (None, -12, -2, 0, 6, 12):
        for step in (None, 1, 2, -1, -3):
            print(start, stop, step, repr(s[start:stop:step]), repr(u[start:stop:step]))
print(s[slice(1, 4)], s[slice(None, None, -1)])
print(repr(""[::-1]), repr("x"[::-1]), s[2**70:], s[:2**70], s[-2**70:2], s[::2**70], s[::-2**70])
