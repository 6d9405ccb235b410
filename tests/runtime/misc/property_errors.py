class A:
    ro = property(lambda self: 1)
    wo = property(None, lambda self, v: None)
a = A()
print(a.ro)
for stmt in ["a.ro = 2", "del a.ro", "a.wo"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(type(e).__name__)
try:
    A.ro.fget = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    property(fget=1, bogus=2)
except TypeError as e:
    print(type(e).__name__, e)
p = property()
print(p.fget, p.fset, p.fdel, p.__doc__)
