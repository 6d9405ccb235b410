# Generator __name__ / __qualname__ are writable (str only), not deletable.
def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

def gen():
    yield 1
    yield 2

class Holder:
    def method(self):
        yield "m"

g = gen()
print(g.__name__, g.__qualname__)
g.__name__ = "renamed"
print(g.__name__, g.__qualname__)
g.__qualname__ = "Outer.renamed"
print(g.__name__, g.__qualname__)
print(repr(g).split(" at ")[0])
print(next(g), next(g))
print(gen().__name__, gen().__qualname__)   # new generators keep the function's names
print(gen.__name__, gen.__qualname__)

h = Holder().method()
print(h.__name__, h.__qualname__)
h.__qualname__ = "X.y"
print(repr(h).split(" at ")[0], list(h))

class S(str):
    pass

g2 = gen()
g2.__name__ = S("sub")
print(type(g2.__name__).__name__, g2.__name__)

def bad_set(attr, value):
    def f():
        setattr(gen(), attr, value)
        return "set"
    return f

for attr in ("__name__", "__qualname__"):
    for value in (5, None, b"x", ["a"]):
        show(attr + " = " + repr(value), bad_set(attr, value))
    show("del " + attr, lambda: delattr(gen(), attr))

g3 = gen()
def assign():
    g3.__name__ = 1
show("assign int", assign)
print(g3.__name__)
show("attr other", lambda: setattr(gen(), "gi_running", True))
show("attr new", lambda: setattr(gen(), "other", 1))
# finished generators too
g4 = gen()
list(g4)
g4.__name__ = "done"
print(g4.__name__)
