print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "", "" or None)
print([] or {} or "last", [1] and [] and "never")
print(not 0, not 1, not "", not [0], not None)
calls = []
def f(x):
    calls.append(x)
    return x
f(0) and f(1)
f(1) or f(2)
f(1) and f(0) and f(3)
f(0) or f("") or f(4)
print(calls)
x = None
print(x and x.attr)
d = {}
print(d.get("k") or "fallback")
print((0 or 0.0 or "") == "", type(0 or 0.0).__name__)
print(True + True, True * 3, -True, ~True, True & False, True | False, True ^ True)
print(type(True & False).__name__, type(True + 1).__name__, type(1 & True).__name__)
print(1 if True else 2, 1 if [] else 2, "a" if 0 else "b" if 0 else "c")
def cond(v):
    return "big" if v > 10 else "medium" if v > 5 else "small"
print([cond(v) for v in (1, 7, 20)])
a = 5
res = (a > 3) + (a > 4) + (a > 10)
print(res)
print(all([]), any([]), all([1, 0]), any([0, "x"]), all(x for x in "abc"))
print(bool and True, ((lambda: 0) or 1)())
ea, eb = [], []
print(ea is not eb, ea is not None)
