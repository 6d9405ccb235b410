import math
from abc import ABC, abstractmethod

class Shape(ABC):
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, "square")
    def describe(self):
        return "[sq] " + super().describe()

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

shapes = [Circle(1), Rect(2, 3), Square(2), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s.describe())
print([s.name for s in sorted(shapes)])
print(Shape.count, max(shapes).name, min(shapes, key=lambda s: s.perimeter()).name)
try:
    Shape("abstract")
except TypeError as e:
    print(type(e).__name__, e)
class Incomplete(Shape):
    def area(self):
        return 0
try:
    Incomplete("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Triangle(1, 1, 5)
except ValueError as e:
    print(type(e).__name__, e)

class Visitor:
    def visit(self, node):
        meth = getattr(self, "visit_" + type(node).__name__, self.generic)
        return meth(node)
    def generic(self, node):
        return f"generic({type(node).__name__})"
class AreaVisitor(Visitor):
    def visit_Circle(self, c):
        return f"circle r={c.r}"
    def visit_Rect(self, r):
        return f"rect {r.w}x{r.h}"
v = AreaVisitor()
print([v.visit(s) for s in shapes])
print(isinstance(Square(1), Rect), issubclass(Square, Shape), Square.__mro__[1].__name__)

def total_area(items):
    return round(sum(s.area() for s in items), 6)
print(total_area(shapes))

class Duck:
    def area(self):
        return 100
    def perimeter(self):
        return 0
print(total_area(shapes + [Duck()]), isinstance(Duck(), Shape))
Shape.register(Duck)
print(isinstance(Duck(), Shape))
