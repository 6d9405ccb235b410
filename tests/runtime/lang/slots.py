class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x)
print(type(P.__dict__["x"]).__name__)

class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(q.z, sorted(q.__dict__))

class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 3
print(r.x, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)

class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)

class Single:
    __slots__ = "only"
s = Single()
s.only = 1
print(s.only)
try:
    s.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)

class Uninit:
    __slots__ = ("v",)
try:
    Uninit().v
except AttributeError as e:
    print(type(e).__name__, e)
print(P.__slots__, R.__slots__)
