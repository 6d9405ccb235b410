class A:
    def m(self):
        return "A.m"
    @classmethod
    def cm(cls):
        return "A.cm(" + cls.__name__ + ")"
    @staticmethod
    def sm():
        return "A.sm"
class B(A):
    def m(self):
        return "B.m>" + super().m()
    @classmethod
    def cm(cls):
        return "B.cm>" + super().cm()
    @staticmethod
    def sm():
        return "B.sm>" + super(B, B).sm()
class C(B):
    def m(self):
        return "C.m>" + super(B, self).m()
    def two(self):
        return super(C, self).m()

print(B().m(), B.cm(), B.sm())
print(C().m(), C().two(), C.cm())
s = super(B, B())
print(type(s).__name__, s.m())
print(super(C, C).m(C()))

class Meta(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
class X(metaclass=Meta): pass
print(X.__name__)

class NoArg:
    def f(self):
        def inner():
            return super().f()
        try:
            return inner()
        except RuntimeError as e:
            return type(e).__name__ + " " + str(e)
print(NoArg().f())

class BadSuper(A):
    def m(self):
        return super(int, self).m()
try:
    BadSuper().m()
except TypeError as e:
    print(type(e).__name__, e)

class D(A):
    def m(self):
        f = lambda: super(D, self).m()
        return "D lambda>" + f()
print(D().m())

class E(A):
    def m(self):
        return [super().m() for _ in range(2)]
try:
    print(E().m())
except Exception as e:
    print(type(e).__name__, e)

class F(A):
    def m(self):
        return super().missing()
try:
    F().m()
except AttributeError as e:
    print(type(e).__name__, e)

class G(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
g = G()
g["a"] = 2
print(g)

class H(A):
    def m(self):
        self = "replaced"
        return super().m()
try:
    print(H().m())
except TypeError as e:
    print(type(e).__name__, e)

class K(A):
    def get(self):
        return __class__
print(K().get().__name__)
