# print(..., file=f) calls f.write once per piece (str(arg), sep, ..., end)
# and f.flush() when flush is true.


class W:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)

    def flush(self):
        self.calls.append("FLUSH")


class MyStr(str):
    def __str__(self):
        return "MyStr!"


w = W()
print(1, "a", 2.5, sep="--", end="!\n", file=w)
print(file=w)
print("x", file=w, flush=True)
print("y", "z", sep=None, end=None, file=w)
print(*[], sep="S", end="E", file=w)
print(None, [1, "2"], (3,), {4: 5}, file=w, flush=False)
print(MyStr("m"), 7, sep=MyStr("/"), end=MyStr("$"), file=w)
print("k", file=w, flush=0)
print("j", file=w, flush=[1])
print(w.calls)
print([type(c).__name__ for c in w.calls])


class WriteOnly:
    """write returns nothing; flush missing."""
    def __init__(self):
        self.data = ""

    def write(self, s):
        self.data += s


wo = WriteOnly()
print("a", "b", file=wo)
print(repr(wo.data))
try:
    print("q", file=wo, flush=True)
except Exception as e:
    print(type(e).__name__, e)
print(repr(wo.data))


class Attr:
    """write found through __getattr__ each time."""
    def __init__(self):
        self.n = 0
        self.out = []

    def __getattr__(self, name):
        if name == "write":
            self.n += 1
            return self.out.append
        raise AttributeError(name)


at = Attr()
print(1, 2, 3, file=at)
print(at.n, at.out)
