class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def norm2(self):
        return self.x ** 2 + self.y ** 2

p = Point(3, 4)
print(p, p.norm2(), p.dims, Point.dims)
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(sorted(vars(p).items()))
print(type(p).__name__, type(p).__qualname__, Point.__module__)
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))
Point.z = 0
print(p.z)
print(Point.norm2(p))
bound = p.norm2
print(bound(), bound.__self__ is p, bound.__func__ is Point.norm2)
print(Point.__name__, Point.__bases__, Point.__mro__)

class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, Empty.__bases__)
try:
    e.b
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    Empty.zz
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    del e.nothere
except AttributeError as ex:
    print(type(ex).__name__, ex)

class WithClassVar:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = WithClassVar(), WithClassVar()
a.add(1); b.add(2)
print(WithClassVar.items, a.items is b.items)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count += 100
c1 = Counter(); c2 = Counter()
print(Counter.count, c1.count, c2.count)

print(Point.__dict__["dims"], "norm2" in Point.__dict__)
print(type(Point.__dict__).__name__)
try:
    Point.__dict__["q"] = 1
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Point(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Empty(1)
except TypeError as ex:
    print(type(ex).__name__, ex)

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as ex:
    print(type(ex).__name__, ex)

class Dyn:
    pass
def meth(self):
    return "dynamic"
Dyn.meth = meth
print(Dyn().meth())
D2 = type("D2", (Dyn,), {"k": 1, "f": lambda self: self.k + 1})
print(D2().f(), D2.__name__, D2.__bases__[0].__name__, D2().meth())
