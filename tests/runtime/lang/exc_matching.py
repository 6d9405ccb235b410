class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
def which(exc):
    try:
        raise exc
    except Leaf:
        return "Leaf handler"
    except Base as e:
        return "Base handler for " + type(e).__name__
for e in [Leaf(), Mid(), Base()]:
    print(which(e))
try:
    which(ValueError("unhandled"))
except ValueError as e:
    print("escaped:", e)
handlers = (KeyError, IndexError)
try:
    [][1]
except handlers as e:
    print("dynamic tuple:", type(e).__name__)
def get_handler():
    return ZeroDivisionError
try:
    1 / 0
except get_handler() as e:
    print("handler from call:", e)
try:
    try:
        raise Leaf
    except (ValueError, (TypeError, Mid)) as e:
        print("matched nested tuple", type(e).__name__)
except TypeError as e:
    print("nested tuple not allowed:", type(e).__name__, e, type(e.__context__).__name__)
try:
    try:
        raise KeyError("x")
    except (ValueError, "not a class"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError("x")
    except KeyError:
        raise
    except Exception:
        print("second clause never runs for the re-raise")
except KeyError:
    print("outer got re-raised KeyError")
def catch_all():
    try:
        raise SystemExit(3)
    except:
        import sys
        return "bare except caught " + sys.exc_info()[0].__name__
print(catch_all())
class Meta(type):
    def __instancecheck__(cls, inst):
        return True
    def __subclasscheck__(cls, sub):
        return sub is KeyError
class Virtual(Exception, metaclass=Meta):
    pass
try:
    raise KeyError("virtual")
except Virtual as e:
    print("virtual subclass match:", repr(e))
except KeyError:
    print("plain KeyError")
for exc in [OSError(2, "x"), FileNotFoundError(), PermissionError(), TimeoutError(), ConnectionResetError()]:
    try:
        raise exc
    except OSError as e:
        print(type(e).__name__, isinstance(e, OSError), e.errno)
print(type(OSError(2, "no file")).__name__, type(OSError(13, "perm")).__name__, type(OSError(99, "x")).__name__)
