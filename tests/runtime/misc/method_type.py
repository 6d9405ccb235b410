class A:
    def meth(self): pass
MethodType = type(A().meth)
FunctionType = type(A.meth)
def f(self, y): return (self, y)
a = A()
m = MethodType(f, a)
print(m(1)[1], m.__self__ is a)
try:
    MethodType(1, a)
except TypeError as e:
    print(e)
try:
    MethodType(f, None)
except TypeError as e:
    print(e)
print(type(m) is MethodType, type(f) is FunctionType, MethodType.__name__, FunctionType.__name__)
