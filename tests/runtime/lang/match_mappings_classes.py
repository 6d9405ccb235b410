def mapping(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", **rest}:
            return f"circle rest={sorted(rest.items())}"
        case {"k": [1, *others]}:
            return f"k list {others}"
        case {}:
            return "some mapping"
        case _:
            return "not mapping"
for v in [{"type": "point", "x": 1, "y": 2, "extra": 0}, {"type": "circle", "r": 5, "c": 0},
          {"k": [1, 2, 3]}, {"z": 0}, {}, [], "str"]:
    print(mapping(v))

import collections
class DefaultLike(collections.defaultdict):
    pass
dd = DefaultLike(int)
match dd:
    case {"missing": _}:
        print("should not match")
    case _:
        print("get() does not create key:", dict(dd))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def cls(v):
    match v:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point3(_, _, z) if z > 0:
            return f"above {z}"
        case Point():
            return "some point"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s}"
        case _:
            return "unknown"
for v in [Point(0, 0), Point3(0, 0, 0), Point(0, 5), Point(3, 0), Point3(1, 1, 4), Point(1, 1), 7, 2.5, "s", None, True]:
    print(cls(v))

class NoArgs:
    def __init__(self):
        self.a = 1
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match NoArgs():
    case NoArgs(a=1):
        print("keyword attr pattern on class without __match_args__")
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)

import dataclasses
@dataclasses.dataclass
class DC:
    a: int
    b: str
match DC(1, "x"):
    case DC(1, b):
        print("dataclass positional", b)
print(DC.__match_args__)

def or_with_capture(v):
    match v:
        case [x, 1] | [1, x]:
            return x
        case {"a": x} | {"b": x}:
            return x
    return None
print(or_with_capture([5, 1]), or_with_capture([1, 6]), or_with_capture({"b": 7}))
