def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case [first, *rest]:
            return f"first {first} rest {rest}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 1], [1, 2, 3], range(4), "ab", b"ab", {1: 2}, 5, bytearray(b"x")]:
    print(repr(v), seq(v))

def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [(a, *bs), *_]:
            return f"head {a} bs {bs}"
        case _:
            return None
print(nested([[1, 2], [3, 4]]), nested([(1, 2, 3), 4]), nested([[1, 2, 3], [4]]))

def star_middle(v):
    match v:
        case [1, *mid, 9]:
            return mid
        case [*all_]:
            return ("all", all_)
print(star_middle([1, 2, 3, 9]), star_middle([1, 9]), star_middle((5, 6)))

def typed_seq(v):
    match v:
        case (int(), int()):
            return "int pair"
        case [str(), *_]:
            return "starts with str"
        case list():
            return "some list"
        case tuple():
            return "some tuple"
print(typed_seq((1, 2)), typed_seq(["a", 1]), typed_seq([1.0]), typed_seq((1.0,)))

import collections
dq = collections.deque([1, 2])
match dq:
    case [a, b]:
        print("deque matched", a, b)

class MySeq(collections.abc.Sequence):
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 7
match MySeq():
    case [a, b]:
        print("custom sequence", a, b)

def it_not_seq(v):
    match v:
        case [x, *_]:
            return "seq"
        case _:
            return "not seq"
print(it_not_seq(iter([1, 2])), it_not_seq({1, 2}), it_not_seq("abc"))
