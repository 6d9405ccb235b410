# subclasses of int inherit arithmetic; results are plain ints
class MyInt(int):
    def __repr__(self):
        return 'MyInt(' + str(int(self)) + ')'
a = MyInt(7)
print(a, repr(a), a + 1, type(a + 1).__name__, 1 + a, type(-a).__name__, abs(MyInt(-3)))
print(a * 2, a // 2, a % 4, a ** 2, a << 1, a & 3, divmod(a, 2), a / 2)
print(a == 7, a < 8, hash(a) == hash(7), int(a), float(a), str(int(a)))
class Rev(int):
    def __radd__(self, other):
        return 'Rev.radd'
    def __add__(self, other):
        return 'Rev.add'
print(1 + Rev(2), Rev(2) + 1)
class N(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
n = N(21)
print(n, type(n).__name__, isinstance(n, int))
class S(int):
    pass
print(S('12'), S('ff', 16), S(), type(S(3)).__name__)
print(S(5).__index__(), type(S(5).__index__()).__name__, type(+S(5)).__name__)
