d = {"b": 1, "a": 2}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 4
print(d)
print(d.get("zz"), d.get("zz", 0), d.setdefault("a", 100), d.setdefault("new", []), d.pop("new"), d.pop("zz", "dflt"))
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
ks = d.keys()
d["late"] = 1
print(ks, len(ks), "late" in ks, ks & {"a", "zz"} == {"a"}, sorted(ks | {"q"}))
print({1: "a"} | {2: "b"}, {**d, "a": 0})
e = dict(d)
e |= {"x": 9}
print(e, e == d, d.copy() == d, d.copy() is d)
print(dict.fromkeys("abc", 0), dict(zip("ab", [1, 2])), dict([("k", "v")], extra=1))
print(sorted({v: k for k, v in d.items()}.items()))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
cnt = {}
for ch in "mississippi":
    cnt[ch] = cnt.get(ch, 0) + 1
print(cnt, max(cnt, key=cnt.get), sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])))
print(d.popitem(), d, len(d), bool({}), {} == dict())
d.clear()
print(d)
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
t = {(1, 2): "tuple key", 3.5: "float", None: "none", True: "bool", frozenset({1}): "fs"}
print(t[(1, 2)], t[3.5], t[None], t[1], t[frozenset({1})])
r = dict(a=1, b=2)
print(list(reversed(r)), list(reversed(r.items())))
keys_iter = iter(r)
r["c"] = 3
try:
    next(keys_iter)
except RuntimeError as e:
    print(type(e).__name__, e)
print({k: v for k, v in sorted(r.items(), reverse=True)})
