# Keys that compare equal across types (int, bool, float, big int) and str keys.
d = {1: "int"}
d[True] = "bool"
d[1.0] = "float"
print(d, type(list(d)[0]).__name__)
d = {0: "z", False: "f", 0.0: "fz", -0.0: "nz"}
print(d)
big = 2 ** 64
d = {big: "big", float(big): "f"}
print(d, float(big) in d, big + 1 in d)
d = {2 ** 53 + 1: "odd"}
print(float(2 ** 53 + 1) in d, 2 ** 53 + 1 in d)
nan = float("nan")
d = {nan: 1}
print(nan in d, len(d))
d = {-1: "m1", -2: "m2"}
print(d[-1], d[-2], hash(-1) == hash(-2))
s = {1, 1.0, True}
print(s, {0, False, 0.0}, {2 ** 70, float(2 ** 70)})
print({"a": 1} == {"a": 1.0}, {1: "a"} == {1.0: "a"}, {True: 1} == {1: 1})
class S(str):
    pass
d = {"k": 1}
d[S("k")] = 2
print(d, type(list(d)[0]).__name__)
d = {S("q"): 1}
print(d["q"], "q" in d)
e = {(1, 2): "t", (1.0, 2.0): "t2", frozenset([1]): "fs"}
print(e, frozenset([1.0]) in e)
print({1: "a", "1": "b", b"1": "c"})
