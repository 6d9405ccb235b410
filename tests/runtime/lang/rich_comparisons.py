import functools
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("A.eq"); return NotImplemented
    def __lt__(self, o): print("A.lt"); return self.v < o.v
class B(A):
    def __gt__(self, o): print("B.gt"); return self.v > o.v
    def __eq__(self, o): print("B.eq"); return self.v == o.v
print(A(1) < B(2))
print(A(1) == B(1))
print(B(1) == A(1))
print(A(1) != B(1))
@functools.total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return "v" + ".".join(map(str, self.p))
vs = [Ver(1, 2), Ver(1, 10), Ver(1, 2, 1), Ver(0, 9)]
print(sorted(vs), max(vs), Ver(1) <= Ver(1), Ver(2) >= Ver(1, 5), Ver(1) > Ver(1))
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(OnlyLt(2) > OnlyLt(1), OnlyLt(1) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([OnlyLt(3), OnlyLt(1)], key=lambda o: o.v)[0].v, min(OnlyLt(3), OnlyLt(1)).v)
print([1, 2] == [1, 2.0], (1, "a") < (1, "b"), [1, 2] < [1, 2, 0], [] < [0], (2,) > (1, 99))
print({"a": 1} == {"a": 1.0}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {3} > {1}, frozenset({1}) < {1, 2})
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] < [2, 1], [float("nan")] == [float("nan")])
class Always:
    def __eq__(self, o): return True
print(Always() == 5, 5 == Always(), [Always()] == [1], Always() in [1, 2], (1, Always()) == (1, 2))
print(None == None, None != 0, NotImplemented == NotImplemented, ... == ...)
print(1 == 1.0 == 1 + 0j, 0.1 + 0.2 == 0.3, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 10 ** 400 > 1e308)
print("abc" < "abd", "Z" < "a", "" < "a", "a" * 3 == "aaa", "é" > "z", "10" < "9")
