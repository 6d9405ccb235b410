# bool arithmetic and bitwise ops
for a in [True, False]:
    for b in [True, False]:
        print(a & b, a | b, a ^ b, a + b, a - b, a * b, type(a & b).__name__)
print(True & 3, True | 2, 3 ^ True, type(True & 1).__name__)
print(~True, -True, +True, abs(False), True / 2, True // 2, True ** 10)
print(repr(True), str(False), bool(), bool(0), bool(1.5), bool(''), bool([0]), bool(0j))
print(True.__and__(False), True.__or__(1), bool.__xor__(True, True), bool.__rand__(False, True))
print(int(True), float(True), hash(True), True == 1.0, isinstance(True, int))
def t(*a, **k):
    try:
        print(bool(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
t(1, 2)
t(x=1)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
