def f(self, x=0):
    return ("f", type(self).__name__, x)
class A: pass
a = A()
m = f.__get__(a, A)
print(type(m).__name__, m.__self__ is a, m.__func__ is f)
print(m(5))
print(f.__get__(None, A) is f)
print(f.__call__(1, 2))
print(f.__call__(a, x=3))
class C:
    def meth(self, y):
        return y * 2
c = C()
print(C.meth.__get__(c)(21))
