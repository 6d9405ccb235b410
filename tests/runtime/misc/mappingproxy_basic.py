class A:
    x = 1
    def m(self): pass
mp = A.__dict__
print(type(mp).__name__)
print(mp["x"], mp.get("x"), mp.get("nope"), mp.get("nope", 5))
print("x" in mp, "nope" in mp)
print(sorted(k for k in mp if not k.startswith("__")))
print(sorted(k for k in mp.keys() if not k.startswith("__")))
print(len(mp) == len(dict(mp)))
c = mp.copy()
print(type(c).__name__, c["x"])
try:
    mp["x"] = 2
except TypeError as e:
    print(e)
try:
    del mp["x"]
except TypeError as e:
    print(e)
try:
    mp["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    hash(mp)
except TypeError as e:
    print(e)
MP = type(mp)
p = MP({"a": 1, "b": 2})
print(p, repr(p))
print(p == {"a": 1, "b": 2}, p != {"a": 1})
print(p | {"c": 3})
try:
    MP([1, 2])
except TypeError as e:
    print(e)
