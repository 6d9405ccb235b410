def f(): pass
class A:
    def m(self): pass
    def __repr__(self): return "A()"
print(repr(f).startswith("<function f at 0x"), repr(A.m).startswith("<function A.m at 0x"))
print(repr(A().m))
print(repr(len), repr(print), repr([].append).startswith("<built-in method append of list object at 0x"))
print(repr(dict.fromkeys).startswith("<built-in method fromkeys of type object at 0x"))
print(repr(list.append), repr(str.join))
p = property(lambda s: 1)
print(repr(p).startswith("<property object at 0x"))
print(repr(classmethod(f)).startswith("<classmethod(<function f at 0x"))
print(repr(staticmethod(f)).startswith("<staticmethod(<function f at 0x"))
class S:
    __slots__ = ("a",)
print(repr(S.a), repr(type.__dict__["__name__"]) if "__name__" in type.__dict__ else "")
print(str(f) == repr(f))
