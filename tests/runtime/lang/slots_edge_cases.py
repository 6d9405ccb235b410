class Dup:
    __slots__ = ("a", "a")
d = Dup()
d.a = 1
print(d.a, Dup.__slots__)
class D:
    __slots__ = ("_y", "_hashcode")
class T:
    __slots__ = ("_h", "_hashcode")
class DT(D):
    __slots__ = D.__slots__ + T.__slots__
x = DT()
x._y, x._h, x._hashcode = 1, 2, 3
print(x._y, x._h, x._hashcode, sorted(DT.__slots__))
class Base:
    __slots__ = ("v",)
class Again(Base):
    __slots__ = ("v",)
a = Again()
a.v = 5
print(a.v)
class ListSlots:
    __slots__ = ["p", "q"]
ls = ListSlots()
ls.p = 1
print(ls.p, type(ListSlots.__slots__).__name__)
class DictSlots:
    __slots__ = {"m": "doc for m"}
print(DictSlots.m.__doc__ if hasattr(DictSlots.m, "__doc__") else None)
for bad in [("__dict__", "__dict__"), (1,), ("not valid",), ("__weakref__", "__weakref__")]:
    try:
        type("Bad", (), {"__slots__": bad})
        print("accepted", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Empty(), "__dict__"))
