class Outer:
    class Inner:
        class Deepest:
            pass
        def name(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer().make().name())
print(Outer.Inner.__name__, Outer.Inner.__module__)

def factory(base, **attrs):
    return type("Made" + base.__name__, (base,), attrs)
Made = factory(dict, greet=lambda self: "hi", x=1)
m = Made(a=1)
print(type(m).__name__, m.greet(), m.x, m, Made.__bases__)
T = type("T", (), {})
print(T.__name__, T.__bases__, T.__module__, type(T()).__name__)
for args in [("X",), ("X", 1, {}), ("X", (), 5), ("X", (5,), {}), (1, (), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(5).__name__)

def make_class(n):
    class Local:
        value = n
        def get(self):
            return self.value * n
    return Local
L1, L2 = make_class(2), make_class(3)
print(L1().get(), L2().get(), L1 is L2, L1.__qualname__)

class WithClassBody:
    import math as m
    PI2 = m.pi * 2
    squares = {i: i * i for i in range(3)}
    total = 0
    for i in range(5):
        total += i
    del i
    if total > 5:
        big = True
    else:
        big = False
print(round(WithClassBody.PI2, 4), WithClassBody.squares, WithClassBody.total, WithClassBody.big, hasattr(WithClassBody, "i"))

class Ret:
    def __init__(self):
        self.children = [Ret.Leaf(i) for i in range(2)]
    class Leaf:
        def __init__(self, v):
            self.v = v
print([c.v for c in Ret().children])

class Selfref:
    instances = []
    def __init__(self):
        Selfref.instances.append(self)
Selfref(); Selfref()
print(len(Selfref.instances))

class AttrOrder:
    z = 1
    a = 2
    def m(self): pass
    b = 3
print([k for k in AttrOrder.__dict__ if not k.startswith("__")])
print(AttrOrder.__doc__, type(AttrOrder.__dict__["m"]).__name__)
class Documented:
    "class doc"
print(Documented.__doc__)
