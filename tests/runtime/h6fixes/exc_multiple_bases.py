# Multiple inheritance from builtin exception classes: only those with extra
# C fields (OSError, StopIteration, SyntaxError, ImportError, ...) are solid
# bases; the others share BaseException's layout.
import builtins

names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)
               and n not in ("EnvironmentError", "IOError"))
conflicts = []
mro_errors = 0
ok = 0
for a in names:
    for b in names:
        if a == b:
            continue
        try:
            type("X", (getattr(builtins, a), getattr(builtins, b)), {})
            ok += 1
        except TypeError as e:
            if "lay-out" in str(e):
                conflicts.append(a + "+" + b)
            else:
                mro_errors += 1
print(len(names), ok, mro_errors, len(conflicts))
for i in range(0, len(conflicts), 6):
    print(" ".join(conflicts[i:i + 6]))

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", r)

class VT(ValueError, TypeError):
    pass
print(VT.__base__.__name__, [c.__name__ for c in VT.__mro__])
e = VT("bad", 1)
print(e.args, isinstance(e, TypeError), isinstance(e, ValueError))
try:
    raise VT("x")
except TypeError as exc:
    print("caught as TypeError", exc)

class OV(OSError, ValueError):
    pass
print(OV.__base__.__name__, [c.__name__ for c in OV.__mro__])
o = OV(2, "No such file")
print(o.errno, o.strerror, str(o), isinstance(o, ValueError))

class VO(ValueError, OSError):
    pass
print(VO.__base__.__name__, [c.__name__ for c in VO.__mro__])

class KA(KeyError, AttributeError):
    pass
print(KA.__base__.__name__)
ka = KA("k")
print(str(ka), repr(ka))

class SI(StopIteration, ValueError):
    pass
print(SI(5).value, SI.__base__.__name__)

show("StopIteration+OSError", lambda: type("E", (StopIteration, OSError), {}))
show("OSError+ImportError", lambda: type("E", (OSError, ImportError), {}))
show("SyntaxError+SystemExit", lambda: type("E", (SyntaxError, SystemExit), {}))
show("UnicodeDecode+Encode", lambda: type("E", (UnicodeDecodeError, UnicodeEncodeError), {}).__name__)
show("UnicodeError+OSError", lambda: type("E", (UnicodeError, OSError), {}).__base__.__name__)
show("NameError+AttributeError", lambda: type("E", (NameError, AttributeError), {}))
show("UnboundLocal+NameError sub", lambda: type("E", (UnboundLocalError, NameError), {}).__base__.__name__)
show("ModuleNotFound+OSError", lambda: type("E", (ModuleNotFoundError, OSError), {}))
show("BaseException+int", lambda: type("E", (BaseException, int), {}))
show("ValueError+int", lambda: type("E", (ValueError, int), {}))
show("ValueError+object", lambda: type("E", (ValueError, object), {}).__base__.__name__)

class A(ValueError):
    pass
class B(TypeError):
    pass
class AB(A, B):
    pass
print([c.__name__ for c in AB.__mro__], AB.__base__.__name__)
class P(OSError):
    pass
class Q(LookupError):
    pass
class PQ(Q, P):
    pass
print(PQ.__base__.__name__, [c.__name__ for c in PQ.__mro__])

# __bases__ assignment between exception layouts
class C1(ValueError):
    pass
C1.__bases__ = (TypeError,)
print([c.__name__ for c in C1.__mro__])
def assign():
    C1.__bases__ = (OSError,)
show("bases to OSError", assign)
show("bases to (KeyError, OSError)", lambda: setattr(C1, "__bases__", (KeyError, OSError)))
