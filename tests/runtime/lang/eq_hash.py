class NoEq:
    pass
a, b = NoEq(), NoEq()
print(a == a, a == b, a != b, hash(a) == hash(a))

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))
print(EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print(type(e).__name__, e)

class Hashable:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Hashable) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
s = {Hashable(1), Hashable(1), Hashable(2)}
print(len(s))
d = {Hashable("k"): 1}
print(d[Hashable("k")])

class InheritHash(Hashable):
    pass
print(hash(InheritHash(5)) == hash(5))

class OverrideEqInSub(Hashable):
    def __eq__(self, o):
        return True
try:
    hash(OverrideEqInSub(1))
except TypeError as e:
    print(type(e).__name__, e)

class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)

class NE:
    def __ne__(self, o):
        return "custom ne"
print(NE() != 1, NE() == NE())

class EqNotImpl:
    def __eq__(self, o):
        return NotImplemented
x = EqNotImpl()
print(x == x, x == EqNotImpl(), x != x)

class Weird:
    def __eq__(self, o):
        return "yes"
print(Weird() == 1, [Weird()] == [1])
print(1 in [Weird()])

class BadHash:
    def __hash__(self):
        return "str"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)

class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))

print(hash(1) == hash(1.0) == hash(True))
print(hash((1, 2)) == hash((1, 2)), hash(-1), hash(-2))
print(hash(0.5) == hash(0.5), hash(10 ** 30) == hash(10 ** 30 + 0))
print({1: "a", 1.0: "b", True: "c"})
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[{}]
except TypeError as e:
    print(type(e).__name__, e)
