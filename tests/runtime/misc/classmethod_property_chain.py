class A:
    @classmethod
    def f(cls):
        return cls
    x = classmethod(lambda cls: cls.__name__)
class B(A): pass
print(B.f() is B, B().f() is B, B.x())
bound = A.f
print(type(bound).__name__, bound.__self__ is A)
print(bound == A.f)
