class C:
    def m(self):
        return "m"
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return "sm"
c = C()
print(c.m == c.m, c.m is c.m, C.m is C.m, c.m.__func__ is C.m, c.m.__self__ is c)
print(C.cm.__self__ is C, c.cm.__self__ is C, c.cm(), C.cm(), c.sm(), C.sm())
print(type(c.m).__name__, type(C.m).__name__, type(C.cm).__name__, type(C.sm).__name__)
c2 = C()
print(c.m == c2.m, hash(c.m) == hash(c.m))
f = c.m
del c
print(f())
def external(self, x):
    return ("external", type(self).__name__, x)
C.ext = external
print(C().ext(1))
inst = C()
inst.ext2 = external
try:
    inst.ext2(1)
except TypeError as e:
    print(type(e).__name__, e)
print(inst.ext2(inst, 1))
import types
inst.bound = types.MethodType(external, inst)
print(inst.bound(2))
class D(C):
    pass
print(D.cm(), D().cm(), D.m is C.m)
print(C.__dict__["cm"].__func__(D), C.__dict__["sm"]())
bm = [].append
print(bm.__self__, bm.__name__)
lst = []
adder = lst.append
adder(1); adder(2)
print(lst)
print(str.upper("abc"), str.join(",", ["a", "b"]), list.__len__([1, 2]), dict.get({"k": 1}, "k"))
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append((), 1)
except TypeError as e:
    print(type(e).__name__, e)
class WithCall:
    def __call__(self):
        return "called"
class Holder:
    attr = WithCall()
print(Holder().attr(), Holder.attr())
class Prop:
    @property
    def p(self):
        return self
pp = Prop()
print(pp.p is pp, type(Prop.p).__name__)
