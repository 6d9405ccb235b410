class A:
    shared = "A.shared"
    def method(self):
        return "A.method"
class B(A):
    pass
b = B()
print(b.shared, B.shared, b.method())
A.shared = "changed on A"
print(b.shared)
B.shared = "shadow on B"
print(b.shared, A.shared)
del B.shared
print(b.shared)
b.shared = "instance"
print(b.shared, B.shared)
b.method = lambda: "instance lambda"
print(b.method(), B().method())
del b.method
print(b.method())

class Counter:
    n = 0
    def inc(self):
        self.n += 1
c1, c2 = Counter(), Counter()
c1.inc(); c1.inc(); c2.inc()
print(c1.n, c2.n, Counter.n)

class Mutable:
    lst = []
m1, m2 = Mutable(), Mutable()
m1.lst.append(1)
m2.lst = [2]
print(m1.lst, m2.lst, Mutable.lst)

class WithDict:
    pass
w = WithDict()
w.__dict__["direct"] = 1
print(w.direct)
w.__dict__ = {"replaced": 2}
print(w.replaced, hasattr(w, "direct"))
try:
    w.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    meta_attr = "from metaclass"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.meta_attr)
try:
    WithMeta().meta_attr
except AttributeError as e:
    print(type(e).__name__, e)

class ClassAttrFunction:
    f = len
    g = staticmethod(len)
print(ClassAttrFunction().f("abc"), ClassAttrFunction().g("ab"))
def plain(self):
    return type(self).__name__
class UsesPlain:
    p = plain
print(UsesPlain().p(), UsesPlain.p(5))
class C:
    x = 1
    y = x + 1
    def f(self, v=x):
        return v
print(C.y, C().f())
o = C()
o.__class__ = type("C2", (), {"x": 99})
print(type(o).__name__, o.x)
try:
    o.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
print(C.__dict__.get("x"), "y" in dir(C), "x" in C.__dict__.keys())
