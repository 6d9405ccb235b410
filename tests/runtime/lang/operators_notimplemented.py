trace = []
class A:
    def __add__(self, o):
        trace.append("A.add")
        return NotImplemented
    def __radd__(self, o):
        trace.append("A.radd")
        return NotImplemented
    def __lt__(self, o):
        trace.append("A.lt")
        return NotImplemented
    def __gt__(self, o):
        trace.append("A.gt")
        return NotImplemented
    def __eq__(self, o):
        trace.append("A.eq")
        return NotImplemented
class B:
    def __radd__(self, o):
        trace.append("B.radd")
        return "B.radd result"
    def __gt__(self, o):
        trace.append("B.gt")
        return "B.gt result"
    def __eq__(self, o):
        trace.append("B.eq")
        return NotImplemented

print(A() + B(), trace); trace.clear()
print(A() < B(), trace); trace.clear()
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e, trace)
trace.clear()
print(A() == B(), trace); trace.clear()
a = A()
print(a == a, trace); trace.clear()
print(A() != B(), trace); trace.clear()
try:
    A() < A()
except TypeError as e:
    print(type(e).__name__, e, trace)
trace.clear()

# subclass priority: reflected method of a subclass is tried first
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
    def __lt__(self, o):
        return "Base.lt"
    def __gt__(self, o):
        return "Base.gt"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
    def __gt__(self, o):
        return "Sub.gt"
class SubNoOverride(Base):
    pass
print(Base() + Sub())
print(Base() < Sub())
print(Base() + SubNoOverride())
print(Sub() + Base())

class MyInt(int):
    def __radd__(self, o):
        return "MyInt.radd"
    def __rsub__(self, o):
        return "MyInt.rsub"
print(1 + MyInt(2), 1 - MyInt(2), MyInt(2) + 1)

class MyFloat(float):
    def __rmul__(self, o):
        return "MyFloat.rmul"
print(2.0 * MyFloat(3), 2 * MyFloat(3))

class IAddNI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
x = IAddNI()
x += 1
print(x)

class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"Cmp({self.v})"
lst = [Cmp(3), Cmp(1), Cmp(2)]
print(sorted(lst), max(lst), min(lst))
print(Cmp(1) > Cmp(0), Cmp(1) >= Cmp(1))
