import builtins
g = globals()
g["dynamic_var"] = 123
print(dynamic_var)
print(type(g).__name__, g is globals(), "__name__" in g, g["__name__"])
print(type(__builtins__).__name__ in ("module", "dict"))
print(builtins.len is len, builtins.print is print, builtins.__name__)
orig_len = builtins.len
builtins.len = lambda x: "patched"
print(len([1]))
builtins.len = orig_len
print(len([1]))
def uses_builtin():
    return max([1, 3, 2])
max = lambda seq: "shadowed max"
print(uses_builtin())
del max
print(uses_builtin())
def local_view():
    a = 1
    loc = locals()
    loc["a"] = 99
    return a, sorted(loc)
print(local_view())
def func_globals():
    return func_globals.__globals__ is globals()
print(func_globals())
ns = {}
exec("x = 1\ndef f():\n    return x", ns)
print(ns["f"](), ns["f"].__globals__ is ns)
ns["x"] = 2
print(ns["f"]())
print(vars() is globals(), sorted(vars(builtins))[:3])
print(callable(getattr(builtins, "__import__")), __import__("math").floor(2.5))
print([k for k in ("True", "None", "print", "len", "Ellipsis") if hasattr(builtins, k)])
