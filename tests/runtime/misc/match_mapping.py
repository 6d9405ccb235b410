def m(x):
    match x:
        case {"type": "a", "v": v}: return ("a", v)
        case {"type": "b", **rest}: return ("b", rest)
        case {}: return "empty-ok"
        case _: return "nomap"
print(m({"type": "a", "v": 1, "extra": 2}))
print(m({"type": "b", "x": 1, "y": 2}))
print(m({"z": 1}), m({}), m([]), m("s"))
class D(dict): pass
print(m(D(type="a", v=9)))
class Getter(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)
print(m(Getter({"type": "a", "v": 3})))
class K:
    a = "k"
    b = "k"
try:
    match {"k": 1, "j": 2}:
        case {K.a: 1, K.b: 2}: print("matched")
except ValueError as e:
    print(type(e).__name__, e)
try:
    match {"k": 1}:
        case {K.a: 1, **rest}: print("rest", rest)
except ValueError as e:
    print(e)
