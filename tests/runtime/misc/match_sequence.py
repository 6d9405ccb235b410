def kind(x):
    match x:
        case []: return "empty"
        case [a]: return f"one {a}"
        case [a, b]: return f"two {a} {b}"
        case [a, *rest]: return f"many {a} {rest}"
        case _: return "other"
for v in [[], [1], (1, 2), [1, 2, 3], range(3), range(0), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 5, None]:
    print(repr(v), kind(v))
class L(list): pass
class T(tuple): pass
class S(str): pass
print(kind(L([1])), kind(T((1, 2))), kind(S("x")))
match [1, [2, 3]]:
    case [x, [y, z]]: print(x, y, z)
match (1, 2, 3, 4):
    case (first, *mid, last): print(first, mid, last)
match [1, 2]:
    case [1, 3]: print("no")
    case [1, _] as whole: print("yes", whole)
print(kind(memoryview(b"")), kind(memoryview(b"ab")))
