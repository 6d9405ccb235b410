def getter(self):
    "getter doc"
    return 1
p = property(getter)
print(p.__doc__)
p2 = property(getter, doc="explicit")
print(p2.__doc__)
def g2(self):
    "g2 doc"
p3 = p.getter(g2)
print(p3.__doc__)
p4 = p2.getter(g2)
print(p4.__doc__)
p5 = p.setter(lambda s, v: None)
print(p5.__doc__, p5.fget is getter)
p.__doc__ = "changed"
print(p.__doc__)
class MyProp(property):
    pass
mp = MyProp(getter)
print(type(mp).__name__, mp.__doc__)
mp2 = mp.setter(lambda s, v: None)
print(type(mp2).__name__)
class B:
    @MyProp
    def v(self): return 7
print(B().v)
