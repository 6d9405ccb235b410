def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3), f(**{"b": 1, "a": 2}, c=3))
def g(*args, **kw):
    return args, kw
print(g(1, 2, x=1, y=2))
d = dict(c=1, b=2, a=3)
print(d, list(d.items()))
class C:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
c = C(z=1, y=2, x=3)
print(list(vars(c)))
def h(a, b, c):
    return a, b, c
print(h(c=3, a=1, b=2), h(1, c=3, b=2))
def merge(*dicts, **extra):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(extra)
    return out
print(merge({"a": 1}, {"b": 2, "a": 3}, c=4, a=5))
print(dict(sorted({"b": 1, "a": 2}.items())), {k: None for k in "zyx"})
def kw_defaults(*, a=1, b=2, **rest):
    return a, b, rest
print(kw_defaults(b=5, extra=1, a=0))
import functools
p = functools.partial(g, 0, k1=1)
print(p(2, k2=2), p(k1="override"))
