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

print("{} {}".format(1, 2), "{0} {1} {0}".format("a", "b"), "{x} {y}".format(x=1, y=2), "{0} {x}".format(5, x=6), "{{}} {{{0}}}".format(7), "plain".format(), "{}".format("é"))
print("{:>5}|{:<5}|{:^5}|{:*^7}".format("a", "b", "c", "d"), "{0:{1}}|".format("x", 4), "{0:{fill}{align}{width}}".format("y", fill="-", align=">", width=6))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>6}".format("x"), "{:d} {:x} {:.2f} {:,}".format(42, 255, 3.14159, 1234567))
print("{}{}{}".format(*"abc"), "{a}{b}".format(**{"a": 1, "b": 2}), "{0}{0}".format([1]))
print("{:}".format(3), "{0:}".format(3), repr("{}".format("")), "{:s}".format("s"), "{}".format(None), "{}".format([1, 2]))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print("{}".format(F()), "{:abc}".format(F()), "{0:{1}}".format(F(), "nested"), "{!r}".format(1.5))
print("{0[0]}{0[1]}".format("xy"), "{:%}".format(0.25), "{:e}".format(12345.678), "{:08.3f}".format(-3.14159))
