class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print([10, 20, 30, 40][i], "abcdef"[Idx(1):Idx(4)], (1, 2, 3)[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))))
print("ab" * Idx(3), [0] * Idx(2), operator_index := __import__("operator").index(Idx(9)))
print(int(Idx(7)) if hasattr(int, "__index__") else None)
l = [1, 2, 3, 4, 5]
l[Idx(0)] = 100
del l[Idx(1)]
print(l, bytes(Idx(3)), round(2.5, Idx(0)))
class NotIdx: pass
fl, st, nn = 1.0, "a", None
for fn in [lambda: [1][NotIdx()], lambda: [1][fl], lambda: "ab"[st], lambda: (1,)[nn],
           lambda: range(1.5), lambda: "x" * 1.5, lambda: bin(1.5), lambda: [1][1:2.0]]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
class BadIdx:
    def __index__(self): return "x"
try:
    [1][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2, 3][True], "abc"[False])
for fn in [lambda: [1][5], lambda: "a"[3], lambda: (1, 2)[-3], lambda: [][0], lambda: range(3)[3]]:
    try:
        fn()
    except IndexError as e:
        print(type(e).__name__, e)
try:
    [1][2 ** 100]
except IndexError as e:
    print(type(e).__name__, e)
print([1, 2, 3][2 ** 100:], [1, 2, 3][-2 ** 100:])
