def f(a, b, c=3, *rest, k=0, **kw):
    return a, b, c, rest, k, sorted(kw.items())
args = [1, 2]
print(f(*args))
print(f(*args, 10, 11, 12))
print(f(*[1], *[2], *[], 4))
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"b": 2, "k": 5, "z": 6}))
print(f(*range(3), k=1, **{"q": 1}, **{"r": 2}))
print(f(*"xy"))
print(f(*(i for i in range(5))))
print(f(*{10: 0, 20: 0}))
class Mapping:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()))
def only_kw(**kw):
    return sorted(kw)
print(only_kw(**{"a": 1}, b=2, **{"c": 3}))
for bad in [lambda: f(*1), lambda: f(**1), lambda: f(1, 2, **{"a": 1}), lambda: only_kw(**{"a": 1}, a=2), lambda: f(1, 2, c=1, *[5])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(max(*[3, 1, 2]), min(*"zab"), print(*[], sep="-"), "".join([*"abc"]))
print(*range(3), sep=", ", end="!\n")
print(*[1, 2], *(3,), 4)
