s = StopIteration(5, 6)
print(s.value, s.args, StopIteration().value)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
n = NameError("msg", name="x")
print(n.name, n.args, NameError("m").name)
try:
    NameError("m", bogus=1)
except TypeError as e:
    print(e)
a = AttributeError("m", name="attr", obj=5)
print(a.name, a.obj, a.args)
try:
    AttributeError(foo=1)
except TypeError as e:
    print(e)
i = ImportError("cannot", name="mod", path="/p")
print(i.name, i.path, i.msg, str(i), i.args)
print(str(ImportError("a", "b")), ImportError("a", "b").msg)
print(ImportError().msg, str(ImportError()))
try:
    ImportError(nope=1)
except TypeError as e:
    print(e)
m = ModuleNotFoundError("no mod", name="zz")
print(m.name, str(m))
k = KeyError("key")
print(str(k), repr(k), str(KeyError()), str(KeyError(1, 2)))
try:
    undefined_name_here
except NameError as e:
    print(e.name, e)
class O: pass
try:
    O().nope
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    StopIteration(1, 2, x=3)
except TypeError as e:
    print(e)
