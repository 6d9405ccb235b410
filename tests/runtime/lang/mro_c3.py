class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])

class Top:
    def who(self):
        return ["Top"]
class Left(Top):
    def who(self):
        return ["Left"] + super().who()
class Right(Top):
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()
print(Bottom().who())
print([c.__name__ for c in Bottom.mro()])

try:
    class Bad(Left, Top, Right):
        pass
    print([c.__name__ for c in Bad.__mro__])
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(Top, Left):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Dup(Top, Top):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Conflict(XY, YX): pass
except TypeError as e:
    print(type(e).__name__, e)

# cooperative __init__ with kwargs
class Shape:
    def __init__(self, **kw):
        self.log = ["Shape"]
        super().__init__(**kw)
class Colored(Shape):
    def __init__(self, color, **kw):
        super().__init__(**kw)
        self.color = color
        self.log.append("Colored")
class Named(Shape):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")
class Thing(Colored, Named):
    pass
t = Thing(color="red", name="t")
print(t.color, t.name, t.log, [c.__name__ for c in Thing.__mro__])

try:
    class FromInt(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
