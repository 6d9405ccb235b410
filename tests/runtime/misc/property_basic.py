class A:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "x doc"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print("deleting"); del self._x
a = A()
print(a.x); a.x = 5; print(a.x); del a.x
print(hasattr(a, "_x"))
p = A.__dict__["x"]
print(type(p).__name__, p.__doc__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(A.x is p)
print(p.__get__(None, A) is p)
a._x = 3
print(p.__get__(a, A), p.__get__(a))
p.__set__(a, 10); print(a._x)
p.__delete__(a); print(hasattr(a, "_x"))
