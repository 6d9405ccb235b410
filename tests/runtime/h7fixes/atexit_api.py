# atexit: register/unregister/_run_exitfuncs/_clear/_ncallbacks and errors.
import atexit

atexit._clear()   # drop callbacks the environment (site) may have registered
print(atexit._ncallbacks())


def f(*a, **k):
    print("f", a, sorted(k.items()))


class E:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        print("eq", self.k, type(o).__name__)
        return isinstance(o, E) and o.k == self.k

    def __call__(self):
        print("E called", self.k)

    __hash__ = None


print(atexit.register(f, 1, x=2) is f)
atexit.register(f)
atexit.register(E(1))
atexit.register(E(2))
print(atexit._ncallbacks())
atexit.unregister(f)          # removes both registrations of f; holes still count
print(atexit._ncallbacks())
atexit.unregister(E(1))
print(atexit._ncallbacks())
atexit.unregister(lambda: 0)  # not registered: no error
for call in [lambda: atexit.register(3), lambda: atexit.register(),
             lambda: atexit.register(f=1), lambda: atexit.unregister(),
             lambda: atexit.unregister(1, 2), lambda: atexit.unregister(func=f),
             lambda: atexit._ncallbacks(1), lambda: atexit._run_exitfuncs(1),
             lambda: atexit._clear(1), lambda: atexit.register(None)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(atexit.register(print, "kw", sep="-", end="|\n") is print)
print(atexit._run_exitfuncs())
print(atexit._ncallbacks())


def raiser():
    raise KeyError("k")


atexit.register(print, "runs after raiser")
atexit.register(raiser)
atexit.register(print, "before raiser")
print(atexit._run_exitfuncs())
print(atexit._ncallbacks())
atexit.register(print, "A")
atexit.register(print, "B")
atexit._clear()
print(atexit._ncallbacks())
print(atexit.__name__, atexit.register.__name__, type(atexit.register).__name__)
print(sorted(n for n in dir(atexit) if not n.startswith('__')))


class Bad:
    def __eq__(self, o):
        raise ValueError("no compare")


atexit.register(Bad.__eq__)
atexit.register(f)
try:
    atexit.unregister(Bad())
except Exception as e:
    print(type(e).__name__, e)
atexit._clear()
atexit.register(print, "at real exit", 1, 2, sep=",")
print("main done")
