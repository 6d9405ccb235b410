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

class P:
    x = 1
    y = "why"
    def __init__(self): self.inner = {"k": "v", 0: "zero"}
p = P()
print("{0.x} {0.y} {0.inner[k]} {0.inner[0]}".format(p), "{p.x}".format(p=p), "{.y}".format(p))
print("{0[0]} {0[1][1]}".format([1, [2, 3]]), "{d[key]} {d[1]}".format(d={"key": "v", "1": "str1", 1: "int1"}))
print("{[0]}".format("abc"), "{0[-1]}".format({"-1": "neg"}), "{0[ ]}".format({" ": "sp"}))
print("{0.real} {0.imag}".format(3+4j), "{0.__class__.__name__}".format(1))
print("{0}".format(*[1, 2]), "{1}".format(1, 2), "{10}".format(*range(11)))
print("{٣}".format(*range(5)))
print("{0[a.b]}".format({"a.b": "dotted"}))
