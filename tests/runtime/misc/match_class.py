class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x=0, y=y): return f"y-axis {y}"
        case Point(x, 0): return f"x-axis {x}"
        case Point(x, y) if x == y: return "diag"
        case Point(): return "somewhere"
        case _: return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), 7]:
    print(where(p))
def builtin_self(v):
    match v:
        case bool(b): return f"bool {b}"
        case int(i): return f"int {i}"
        case float(f): return f"float {f}"
        case str(s): return f"str {s}"
        case list(l): return f"list {l}"
        case dict(d): return f"dict {d}"
        case _: return "?"
for v in [True, 3, 1.5, "s", [1], {1: 2}, None]:
    print(builtin_self(v))
class MyInt(int): pass
match MyInt(5):
    case int(x): print("myint", x)
class NoAttr:
    __match_args__ = ("missing",)
match NoAttr():
    case NoAttr(1): print("bad")
    case NoAttr(): print("attr missing -> no match")
