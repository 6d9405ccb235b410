# float and complex slot wrappers called directly, subclasses and reflected ops
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__sub__(1.5, 2), float.__rsub__(1.5, 2))
print(float.__mul__(1.5, True), float.__truediv__(3.0, 2), float.__rtruediv__(3.0, 2), float.__floordiv__(7.0, 2), float.__rmod__(2.0, 7))
print(float.__eq__(1.0, 1), float.__lt__(1.0, 2**70), float.__eq__(1.0, 'x'), float.__add__(1.0, 1j))
print(complex.__add__(1j, 1), complex.__radd__(1j, 1.5), complex.__mul__(1j, 1j), complex.__rsub__(1j, 1), complex.__truediv__(1j, 2))
print(complex.__pow__(1j, 2), complex.__rpow__(2j, 2), complex.__eq__(1j, 1j), complex.__ne__(1 + 0j, 1))
try:
    complex.__pow__(1j, 2, 3)
except ValueError as e:
    print(e)
try:
    float.__add__(1, 1.0)
except TypeError as e:
    print(e)
class MyF(float):
    def __add__(self, other):
        return 'MyF.add'
    def __radd__(self, other):
        return 'MyF.radd'
print(MyF(1) + 1, 1 + MyF(1), 1.5 + MyF(2), MyF(1) - 1, MyF(2) * MyF(3))
class Num:
    def __radd__(self, o):
        return ('radd', o)
    def __rmul__(self, o):
        return ('rmul', o)
print(1 + Num(), 1.5 + Num(), 1j * Num(), True + Num())
