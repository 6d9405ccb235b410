class Tracked:
    def __new__(cls, *args, **kw):
        print("__new__", cls.__name__, args, sorted(kw.items()))
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, x, y=0):
        print("__init__", x, y)
        self.x = x
t = Tracked(1, y=2)
print(t.created, t.x)

class NotInstance:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotInstance())

class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("not called for other type")
print(type(ReturnsOther()).__name__)

class Sub(Tracked):
    pass
class ReturnsSub:
    def __new__(cls):
        return object.__new__(SubOfReturns)
    def __init__(self):
        print("init called for subclass instance")
class SubOfReturns(ReturnsSub):
    pass
print(type(ReturnsSub()).__name__)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, len(p), isinstance(p, tuple), type(p).__name__)

class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Upper("abc"), Upper("abc") == "ABC", type(Upper("x")).__name__)

class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Positive(5) + 1)
try:
    Positive(-1)
except ValueError as e:
    print(type(e).__name__, e)

class Interned:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        self.key = key
print(Interned("a") is Interned("a"), Interned("a") is Interned("b"))
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class OnlyInit:
    def __init__(self, *a):
        self.a = a
print(OnlyInit(1, 2).a)
class BadNewArgs:
    def __init__(self):
        pass
try:
    BadNewArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
o = object.__new__(Tracked)
print(type(o).__name__, hasattr(o, "x"))
