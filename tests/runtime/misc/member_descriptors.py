class A:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
d = A.__dict__["x"]
print(type(d).__name__, repr(d), d.__name__, d.__qualname__, d.__objclass__ is A)
a = A()
print(d.__get__(a, A), d.__get__(None, A) is d)
d.__set__(a, 5)
print(a.x)
d.__delete__(a)
try:
    a.x
except AttributeError as e:
    print(e)
try:
    A.__dict__["y"].__get__(a)
except AttributeError as e:
    print(e)
try:
    d.__set__(1, 2)
except TypeError as e:
    print(e)
try:
    a.z = 1
except AttributeError as e:
    print(e)
class B: pass
g = B.__dict__.get("__dict__") or object.__dict__.get("__class__")
print(type(g).__name__)
