class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither: pass

print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print("yes" if L(2) else "no", not L(0), not B(True))
for v in [0, 0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0), None, False, -0.0]:
    print(repr(v), bool(v), end="; ")
print()
for v in [1, -1, 0.1, "0", b"\x00", [0], (None,), {0: 0}, {0}, range(1), True, float("nan")]:
    print(repr(v), bool(v), end="; ")
print()

class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool(): pass
except TypeError as e:
    print(type(e).__name__, e)

class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self): return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class HugeLen:
    def __len__(self): return 2 ** 70
try:
    len(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)

calls = []
class Counted:
    def __bool__(self):
        calls.append(1)
        return False
c = Counted()
while c:
    pass
x = c and 1
y = c or 2
z = not c
print(len(calls), x is c, y, z)
print(bool(B(False)) is False, type(not 5).__name__)
