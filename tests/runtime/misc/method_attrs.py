class A:
    def m(self, x):
        "method doc"
        return x
    def __repr__(self): return "<A>"
a = A()
m = a.m
print(m.__name__, m.__qualname__, m.__doc__, m.__module__)
print(m.__func__ is A.m, m.__self__ is a)
print(m.__defaults__, m.__code__.co_name)
print(m == a.m, m != a.m, a.m == A().m)
print(hash(m) == hash(a.m))
print(repr(m))
A.m.tag = "t"
print(m.tag if hasattr(m, "tag") else "no tag")
print(m.__func__.tag)
try:
    m.__func__ = None
except AttributeError as e:
    print(type(e).__name__, e)
d = {m: 1}
print(d[a.m])
