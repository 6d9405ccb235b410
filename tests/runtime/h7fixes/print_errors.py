# print's argument checking and error propagation.
import sys


class W:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)


def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: print("q", sep=1))
show(lambda: print("q", end=2))
show(lambda: print("q", sep=b"x"))
show(lambda: print("q", file=3))
show(lambda: print(file=3))
show(lambda: print("q", bogus=1))
show(lambda: print("q", file=W(), flush=True))


class NoBool:
    def __bool__(self):
        raise ValueError("no bool")


show(lambda: print("q", flush=NoBool()))
show(lambda: print("q", sep=1, flush=NoBool()))


class BadWrite:
    def write(self, s):
        raise RuntimeError("w:" + s)


show(lambda: print("a", "b", file=BadWrite()))


class S:
    def __str__(self):
        raise ValueError("nostr")


w2 = W()
show(lambda: print("a", S(), "c", file=w2))
print(w2.calls)


class NotStr:
    def __str__(self):
        return 42


w3 = W()
show(lambda: print(NotStr(), file=w3))
print(w3.calls)

# sys.stdout None: print does nothing (even with bad sep), print to file still works
saved = sys.stdout
sys.stdout = None
print("invisible", sep=1)
w4 = W()
print("visible", file=w4)
sys.stdout = saved
print(w4.calls)
# sys.stdout replaced by a user object
w5 = W()
sys.stdout = w5
print("to w5", 1, sep="+")
print("flushing", flush=False)
sys.stdout = saved
print(w5.calls)
# sys.stdout deleted
del sys.stdout
try:
    print("lost")
except Exception as e:
    sys.stdout = saved
    print(type(e).__name__, e)
sys.stdout = saved
# sys.stdout = sys.stderr goes to stderr (not stdout)
sys.stdout = sys.stderr
print("this goes to stderr")
sys.stdout = saved
print("end")
