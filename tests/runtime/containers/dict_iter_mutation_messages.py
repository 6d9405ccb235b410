# Mutating a dict or set while iterating it: CPython's RuntimeError messages.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except RuntimeError as e:
        print(label, type(e).__name__, e)

def grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
attempt("grow", grow)

def shrink():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
attempt("shrink", shrink)

def same_size_swap():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            del d[3]
            d[4] = 4
    return seen
attempt("swap", same_size_swap)

def overwrite_values():
    d = dict.fromkeys(range(5), 0)
    for k in d:
        d[k] = k * 2
    return d
attempt("overwrite", overwrite_values)

def values_grow():
    d = {1: 1}
    for v in d.values():
        d[v + 1] = 0
attempt("values", values_grow)

def items_shrink():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d.pop(k)
attempt("items", items_shrink)

def reversed_grow():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[k + 100] = 0
attempt("reversed", reversed_grow)

def keys_view_clear():
    d = {1: 1, 2: 2}
    for k in d.keys():
        d.clear()
attempt("clear", keys_view_clear)

def set_grow():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
attempt("set grow", set_grow)

def set_discard():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
attempt("set discard", set_discard)

def set_same_size():
    s = {1, 2, 3}
    out = []
    for x in s:
        out.append(x)
        if x == 1:
            s.discard(3)
            s.add(5)
    return sorted(out)
attempt("set swap", set_same_size)

def del_then_readd():
    d = {"a": 1, "b": 2}
    for k in d:
        del d["b"]
        d["b"] = 3
attempt("readd", del_then_readd)

it = iter({1: 2, 3: 4})
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
d = {1: 2}
it = iter(d)
d[5] = 6
print(it.__length_hint__())
try:
    next(it)
except RuntimeError as e:
    print(e)
try:
    next(it)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__, e)
