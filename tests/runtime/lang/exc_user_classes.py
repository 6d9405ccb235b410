class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class Quiet(AppError):
    def __repr__(self):
        return "Quiet!"

try:
    raise DbError("connection lost", 503)
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))
try:
    raise Quiet("q")
except Exception as e:
    print(str(e), repr(e))

e = AppError()
print(repr(e), str(e), e.args)
e = AppError("one")
print(repr(e), str(e), e.args)
e = AppError("one", 2)
print(repr(e), str(e), e.args)
e.args = ("changed",)
print(str(e))
e.extra = 5
print(e.extra, e.__dict__)

class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuperInit(5)
print(n.args, str(n), repr(n))

print(issubclass(DbError, Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(StopIteration, Exception))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError), issubclass(NotImplementedError, RuntimeError))
print([c.__name__ for c in KeyError.__mro__])

ke = KeyError("key")
print(str(ke), repr(ke), str(KeyError()), str(KeyError(1, 2)))
oe = OSError(2, "No such file")
print(oe.errno, oe.strerror, str(oe), type(oe).__name__)
fe = FileNotFoundError(2, "missing", "x.txt")
print(str(fe), fe.filename)
print(type(OSError(2, "x")).__name__)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit(1, 2).code)
si = StopIteration(7)
print(si.value, StopIteration().value)
ie = ImportError("msg", name="mod", path="p")
print(ie.name, ie.path, ie.msg)
ae = AttributeError("a")
print(ae.args)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(ue), ue.start, ue.end, ue.reason)
syn = SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3))
print(syn.msg, syn.filename, syn.lineno, syn.offset, syn.text)
print(str(syn))

def catch_base():
    try:
        raise KeyboardInterrupt
    except Exception:
        return "Exception caught it"
    except BaseException as e:
        return "BaseException caught " + type(e).__name__
print(catch_base())

class Custom(Exception):
    def __init__(self, *args, detail=None):
        super().__init__(*args)
        self.detail = detail
try:
    raise Custom("a", "b", detail="d")
except Custom as c:
    print(c, c.detail)
print(Exception("x") == Exception("x"))
print(ValueError.__name__, ValueError.__doc__ is not None)
class WithNotes(Exception): pass
w = WithNotes("n")
w.add_note("note 1")
w.add_note("note 2")
print(w.__notes__)
try:
    w.add_note(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
