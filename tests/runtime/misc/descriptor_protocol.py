class Desc:
    def __init__(self): self.log = []
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return f"get {self.name} of {type(inst).__name__}"
    def __set__(self, inst, value):
        inst.__dict__[self.name] = value * 2
class A:
    d = Desc()
a = A()
print(a.d)
a.d = 5
print(a.__dict__, a.d)
print(type(A.d).__name__, A.__dict__["d"].name)
class NonData:
    def __get__(self, inst, owner=None):
        return "nondata"
class B:
    n = NonData()
b = B()
print(b.n)
b.n = "shadow"
print(b.n)
del b.n
print(b.n)
