def f(v):
    match v:
        case 1 | 2 | 3: return "small"
        case "a" | "b": return "letter"
        case None: return "none"
        case True: return "true"
        case (1, x) | (x, 1): return f"has one {x}"
        case {"k": [1, {"n": n}]}: return f"deep {n}"
        case str() as s if len(s) > 3: return "long str"
        case _: return "default"
for v in [1, "b", None, True, (1, 5), (7, 1), {"k": [1, {"n": 9}]}, "hello", 2.5, 0]:
    print(repr(v), f(v))
import sys
match sys.implementation:
    case object(name=n): print("impl name type", type(n).__name__)
class Color:
    RED = 1
    GREEN = 2
match 2:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
