def eval_expr(node):
    match node:
        case ("num", n):
            return n
        case ("neg", x):
            return -eval_expr(x)
        case ("add" | "+", a, b):
            return eval_expr(a) + eval_expr(b)
        case ("mul", a, b):
            return eval_expr(a) * eval_expr(b)
        case ("let", str(name), value, body):
            return eval_expr(substitute(body, name, eval_expr(value)))
        case _:
            raise ValueError(f"bad node {node!r}")
def substitute(node, name, value):
    match node:
        case ("var", n) if n == name:
            return ("num", value)
        case (op, *args):
            return (op, *[substitute(a, name, value) if isinstance(a, tuple) else a for a in args])
    return node
tree = ("let", "x", ("add", ("num", 2), ("num", 3)), ("mul", ("var", "x"), ("neg", ("var", "x"))))
print(eval_expr(tree))
try:
    eval_expr(("div", 1, 2))
except ValueError as e:
    print(e)

def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown verb {verb}"
for c in ["go north", "go up", "take a b c", "take", "quit", "", "dance now"]:
    print(repr(c), "->", command(c))

calls = []
def guard(v):
    calls.append(v)
    return v > 1
match [1, 2, 3]:
    case [x, *_] if guard(x):
        print("first")
    case [_, y, *_] if guard(y):
        print("second", y)
print(calls)

class Shape: pass
class Circle(Shape):
    __match_args__ = ("r",)
    def __init__(self, r): self.r = r
class Rect(Shape):
    __match_args__ = ("w", "h")
    def __init__(self, w, h): self.w, self.h = w, h
def area(s):
    match s:
        case Circle(r=0) | Rect(w=0) | Rect(h=0):
            return 0
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w, h):
            return w * h
print([area(s) for s in [Circle(0), Circle(2), Rect(3, 3), Rect(2, 5), Rect(0, 9)]])

match {"user": {"name": "ann", "roles": ["admin", "dev"]}, "active": True}:
    case {"user": {"name": str(name), "roles": ["admin", *rest]}, "active": True}:
        print("admin", name, rest)
match (1, [2, {"k": (3, 4)}]):
    case (a, [b, {"k": (c, d)}]):
        print(a + b + c + d)
match 42:
    case int() | float() as num if num > 40:
        print("big number", num)
match "text":
    case str(s) if len(s) > 10:
        print("long")
    case str(s):
        print("short", s)
def kinds(v):
    match v:
        case bool():
            return "bool"
        case int():
            return "int"
        case list() | tuple():
            return "sequence"
        case dict():
            return "dict"
        case None:
            return "None"
        case object():
            return "object"
print([kinds(v) for v in [True, 1, [], (), {}, None, 1.5]])
x = 0
match 5:
    case x if x > 10:
        pass
    case _:
        pass
print("capture bound even if guard fails:", x)
