class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "tagged"
    def append(self, x):
        super().append(x * 10)
ml = MyList([1, 2])
ml.append(3)
print(ml, ml.tag, len(ml), ml[0], type(ml + [1]).__name__, isinstance(ml, list), ml == [1, 2, 30])
ml.extend([4])
print(ml)
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
md = MyDict()
md["KEY"] = 1
print(md["Key"], md, md.get("KEY"), "key" in md)
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in "abca":
    c[ch] += 1
print(c, c["z"], "z" in c)
class MyStr(str):
    def __new__(cls, v, extra=""):
        obj = super().__new__(cls, v)
        obj.extra = extra
        return obj
    def __add__(self, o):
        return MyStr(str.__add__(self, o), self.extra)
s = MyStr("abc", "x")
print(s, s.extra, (s + "d").extra, s.upper(), type(s.upper()).__name__, len(s), s == "abc", hash(s) == hash("abc"))
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
    def __add__(self, o):
        return MyInt(int(self) + int(o))
i = MyInt(5)
print(i, i + 1, 1 + i, i * 2, type(i * 2).__name__, i == 5, {i: "v"}[5], str(i), f"{i}", format(i, "03"))
class MyFloat(float):
    pass
f = MyFloat(1.5)
print(f, f + 1, type(f + 1).__name__, repr(f), f.is_integer())
class MyTuple(tuple):
    def sum(self):
        return sum(self)
mt = MyTuple([1, 2, 3])
print(mt, mt.sum(), mt[1:], type(mt[1:]).__name__, mt + (4,))
class MySet(set):
    pass
ms = MySet([1, 2])
print(sorted(ms), type(ms | {3}).__name__, isinstance(ms, set))
class MyException(ValueError):
    pass
try:
    int("x")
except MyException:
    print("wrong")
except ValueError as e:
    print("ValueError not MyException:", type(e).__name__)
class Bool2(int):
    def __bool__(self):
        return False
print(bool(Bool2(5)), Bool2(5) + 0)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class ListWithLen(list):
    def __len__(self):
        return 42
lw = ListWithLen([1])
print(len(lw), bool(lw), list(lw))
class DictOverrideKeys(dict):
    def keys(self):
        return ["fake"]
print(dict(**DictOverrideKeys(a=1)) if False else sorted(DictOverrideKeys(a=1)), {**DictOverrideKeys(a=1)})
