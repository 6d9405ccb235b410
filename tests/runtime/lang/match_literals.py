def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case b"bytes":
            return "bytes"
        case 2j:
            return "complex"
        case -1 + 2j:
            return "complex2"
        case _:
            return "other " + repr(v)
for v in [0, 1, 3, "hello", True, None, -1, 1.5, b"bytes", 2j, -1 + 2j, 4, "x", 1.0, 0.0, False]:
    print(repr(v), describe(v))

def capture(v):
    match v:
        case x if x > 100:
            return f"big {x}"
        case x:
            return f"captured {x}"
print(capture(5), capture(500))

import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Consts:
    LIMIT = 10
def value_pattern(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Consts.LIMIT:
            return "limit"
        case _:
            return "?"
print(value_pattern(Color.RED), value_pattern(Color.GREEN), value_pattern(10), value_pattern(1))

def as_pattern(v):
    match v:
        case (1 | 2) as small:
            return "small " + str(small)
        case [int() as a, str() as b] as whole:
            return f"{a} {b} {whole}"
        case _:
            return "none"
print(as_pattern(2), as_pattern([5, "s"]), as_pattern([5, 5]))

def guards(p):
    match p:
        case (x, y) if x == y:
            return "diagonal"
        case (x, y) if x > y:
            return "below"
        case (x, y):
            return "above"
print(guards((1, 1)), guards((2, 1)), guards((1, 2)))

def no_match(v):
    match v:
        case 1:
            return "one"
    return "fell through"
print(no_match(2))
x = "unchanged"
match 5:
    case 6 as x:
        pass
print(x)
match 7:
    case y:
        pass
print(y)
