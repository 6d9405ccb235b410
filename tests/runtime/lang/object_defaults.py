class Plain:
    pass
p = Plain()
print(p == p, p != p, p.__eq__(p), p.__eq__(1), p.__ne__(1), p.__lt__(p))
print(Plain.__hash__ is object.__hash__, p.__hash__() == hash(p))
print(p.__class__ is Plain, p.__module__, type(p.__dict__).__name__, p.__dict__)
print(p.__str__() == p.__repr__(), p.__format__("") == str(p))
print(sorted(set(dir(p)) - set(dir(object))))
print(object.__name__, object.__bases__, object.__mro__, type(object.__dict__).__name__)
print(p.__reduce_ex__(2)[0].__name__ if hasattr(p, "__reduce_ex__") else None)
print(Plain.__init__ is object.__init__, Plain.__new__ is object.__new__, Plain.__init_subclass__.__name__)
print(object.__subclasshook__(), Plain.__subclasshook__())
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(o, "__dict__"), hasattr(p, "__dict__"), hasattr(p, "__weakref__"))
print(isinstance(Plain, object), isinstance(object, object), issubclass(type, object), issubclass(object, object))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 1))
print(type.__name__, type.__qualname__, type(type).__name__, type.__base__.__name__)
print(Plain.__doc__, Plain.__dict__["__module__"], "__weakref__" in Plain.__dict__, "__dict__" in Plain.__dict__)
print(object.__doc__[:25])
class WithStr:
    def __str__(self):
        return "only str"
print(format(WithStr()), "{}".format(WithStr()), f"{WithStr()}")
try:
    format(WithStr(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(object.__sizeof__(p) > 0, p.__dir__() is not None)
print(Plain.__getattribute__ is object.__getattribute__, Plain.__setattr__ is object.__setattr__)
