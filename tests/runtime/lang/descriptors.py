class Data:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return "Data on class " + owner.__name__
        return "data:" + str(obj.__dict__.get("_" + self.name, "unset"))
    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value

class NonData:
    def __get__(self, obj, owner):
        return "nondata"

class Del:
    def __get__(self, obj, owner):
        return "del-get"
    def __delete__(self, obj):
        print("deleting via descriptor")

class C:
    d = Data("d")
    n = NonData()
    x = Del()

c = C()
print(C.d)
print(c.d)
c.d = 5
print(c.d)
c.__dict__["d"] = "instance dict"
print(c.d)          # data descriptor wins
print(c.n)
c.__dict__["n"] = "instance wins"
print(c.n)          # instance dict wins over non-data
del c.x
try:
    c.x = 1
except AttributeError as e:
    print(type(e).__name__, e)

class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__["so"] = v * 2
class D:
    so = SetOnly()
d = D()
d.so = 4
print(d.so)   # set-only data descriptor: __dict__ value returned since no __get__
print(type(D.__dict__["so"]).__name__)

class Typed:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name} must be int, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class Model:
    age = Typed()
    height = Typed()
m = Model()
m.age = 3
print(m.age, Model.age.name, Model.age.owner, Model.height.name)
try:
    m.height = "tall"
except TypeError as e:
    print(type(e).__name__, e)

# functions are non-data descriptors
def f(self):
    return self
print(f.__get__(1)(), type(f.__get__(1)).__name__)
print(hasattr(f, "__set__"))

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Calc:
    calls = 0
    @Lazy
    def val(self):
        Calc.calls += 1
        return 99
k = Calc()
print(k.val, k.val, Calc.calls)

class Meth:
    def __get__(self, obj, owner):
        return lambda: ("bound", obj is not None, owner.__name__)
class H:
    m = Meth()
print(H.m(), H().m())
