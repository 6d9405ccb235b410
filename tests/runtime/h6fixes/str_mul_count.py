# str.__mul__ / __rmul__ repeat counts (PyNumber_AsSsize_t with OverflowError).
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

class BigIdx:
    def __index__(self): return 2**70

class BadIdx:
    def __index__(self): return "x"

class MyInt(int):
    pass

show("mul 3", lambda: "ab".__mul__(3))
show("rmul 2", lambda: "ab".__rmul__(2))
show("mul 0", lambda: "ab".__mul__(0))
show("mul -5", lambda: "ab".__mul__(-5))
show("mul True", lambda: "ab".__mul__(True))
show("mul MyInt", lambda: "ab".__mul__(MyInt(2)))
show("mul Idx", lambda: "ab".__mul__(Idx(2)))
show("rmul Idx", lambda: "ab".__rmul__(Idx(3)))
show("mul big", lambda: "a".__mul__(2**70))
show("mul -big", lambda: "a".__mul__(-2**70))
show("rmul big", lambda: "a".__rmul__(2**70))
show("mul big MyInt", lambda: "a".__mul__(MyInt(2**70)))
show("mul BigIdx", lambda: "a".__mul__(BigIdx()))
show("mul BadIdx", lambda: "a".__mul__(BadIdx()))
show("mul float", lambda: "a".__mul__(1.5))
show("mul None", lambda: "a".__mul__(None))
show("mul str", lambda: "a".__mul__("x"))
show("op big", lambda: "a" * 2**70)
show("op -big", lambda: "a" * -2**70)
show("op big r", lambda: 2**70 * "a")
show("op BigIdx", lambda: "a" * BigIdx())
show("op Idx", lambda: Idx(2) * "xy")
show("op float", lambda: "a" * 2.0)
show("too long", lambda: "ab" * 2**62)
show("empty big", lambda: "" * 2**62)
class S(str):
    pass
show("sub mul", lambda: S("ab").__mul__(2))
print(type(S("ab") * 2).__name__)
