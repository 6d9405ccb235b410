code = """
counter = 0
def bump():
    global counter
    counter += 1
    return counter
class K:
    attr = counter
result = [bump() for _ in range(3)]
"""
ns = {}
exec(code, ns)
print(ns["counter"], ns["result"], ns["K"].attr, ns["K"].__module__ if "__name__" in ns else ns["K"].__module__)
g, l = {"x": 1}, {}
exec("y = x + 1\nz = [x for _ in range(2)]", g, l)
print(sorted(l.items()), "y" in g)
exec("def f(): return x", g, l)
print(l["f"]())
class Recorder(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
exec("a = 1\nb = 2", {}, Recorder())
print(eval("a * b", {"a": 3}, {"b": 4}))
class LazyLocals:
    def __getitem__(self, k):
        if k == "magic":
            return 42
        raise KeyError(k)
print(eval("magic + 1", {}, LazyLocals()))
try:
    eval("nothere", {}, LazyLocals())
except NameError as e:
    print(type(e).__name__, e)
def fn_exec():
    exec("inner_var = 5")
    return "inner_var" in locals()
print(fn_exec())
src = "result = sum(range(n))"
for n in (3, 5):
    scope = {"n": n}
    exec(src, scope)
    print(scope["result"])
print(eval("(lambda: __name__)()", {"__name__": "custom"}))
compiled = compile("x * 2", "<c>", "eval")
print([eval(compiled, {"x": v}) for v in range(3)])
exec("import math as m_alias", ns)
print(ns["m_alias"].sqrt(9))
print(eval("1; 2") if False else "skip")
try:
    exec("1 +", {})
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename)
