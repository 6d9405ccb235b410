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

for v in [0, 1, -1, 42, -42, 255, 2**70, -2**70, True, 3.7, -3.7, 1e20]:
    pct("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%.3d|%+.3d|%x|%X|%o|%#x|%#X|%#o|%08x|%#08x|%-#8x|%+#x", tuple([v] * 20) if not isinstance(v, float) else (v,) * 3 + (v,) * 7 + (int(v),) * 10)
for v in [0.0, -0.0, 1.5, -2.25, 3.14159, 1e-5, 1e16, 12345.678, float("inf"), float("-inf"), float("nan"), 2, True]:
    pct("%f|%.2f|%10.3f|%-10.1f|%010.2f|%+f|% f|%e|%.2E|%g|%G|%#g|%.3g|%#.0f|%#.0e|%F", (v,) * 16)
pct("%.0f %.0f %.0f %.0f", (0.5, 1.5, 2.5, -0.5))
pct("%x %o %X", (-255, -8, 3054))
pct("%#o %#x", (0, 0))
pct("%5.1f%%", (99.5,))
class I:
    def __index__(self): return 10
class N:
    def __int__(self): return 7
show("I x d", lambda: "%x %d" % (I(), I()))
show("N d", lambda: "%d" % N())
show("N x", lambda: "%x" % N())
show("I f", lambda: "%f" % I())
