class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleted")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
print(Temp.celsius.fget.__name__, Temp.fahrenheit.fset)

class P2:
    def getx(self):
        return "x"
    x = property(getx, doc="the x")
print(P2().x, P2.x.__doc__)

class Tools:
    count = 0
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls, n):
        obj = cls()
        obj.n = n
        return obj
    @classmethod
    def name(cls):
        return cls.__name__
class SubTools(Tools):
    pass
print(Tools.add(1, 2), Tools().add(3, 4))
print(Tools.make(5).n, type(SubTools.make(1)).__name__, SubTools().name())
print(type(Tools.__dict__["add"]).__name__, type(Tools.__dict__["make"]).__name__)
print(Tools.__dict__["add"].__func__(1, 1))
sm = staticmethod(lambda: "sm")
print(sm(), callable(sm))

class Base:
    @property
    def v(self):
        return "base"
class Over(Base):
    @property
    def v(self):
        return "over+" + super().v
print(Over().v)

class RO:
    __slots__ = ()
    @property
    def const(self):
        return 1
try:
    RO().const = 2
except AttributeError as e:
    print(type(e).__name__, e)

class Abstract:
    @property
    def name(self):
        raise NotImplementedError("subclass must define")
try:
    Abstract().name
except NotImplementedError as e:
    print(type(e).__name__, e)

class AE:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback " + name
print(AE().broken)
