class A:
    @classmethod
    def c(cls, x):
        "cdoc"
        return (cls.__name__, x)
    @staticmethod
    def s(x):
        return ("static", x)
class B(A): pass
print(A.c(1), B.c(2), B().c(3))
print(A.s(1), A().s(2))
cm = A.__dict__["c"]
sm = A.__dict__["s"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, cm.__wrapped__ is cm.__func__, sm.__func__.__name__)
print(cm.__get__(None, B)(5))
print(cm.__get__(B())(6))
print(sm.__get__(None, A)(7))
print(sm(8))
print(cm.__doc__, cm.__name__, cm.__qualname__)
print(sorted(cm.__dict__))
try:
    classmethod()
except TypeError as e:
    print(e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print(e)
print(callable(sm), callable(cm))
try:
    cm(1)
except TypeError as e:
    print(e)
