class A:
    def m(self): return "A.m"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
class B(A):
    def m(self): return "B.m>" + super().m()
    @classmethod
    def c(cls): return "B.c>" + super().c()
class C(B):
    def m(self): return "C.m>" + super(B, self).m()
print(B().m(), C().m(), B.c(), C.c())
s = super(B, B())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
print(repr(s))
u = super(B)
print(repr(u), u.__self__, u.__self_class__)
b = B()
bound = u.__get__(b, B)
print(bound.m())
try:
    super(B, 1)
except TypeError as e:
    print(e)
try:
    super(1, 2)
except TypeError as e:
    print(e)
print(super(B, B).m(b))
