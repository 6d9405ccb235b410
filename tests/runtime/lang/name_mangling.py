class A:
    __secret = "A secret"
    def __init__(self):
        self.__private = 1
        self._protected = 2
    def get(self):
        return self.__private, self.__secret
    def __method(self):
        return "A.__method"
    def call(self):
        return self.__method()
class B(A):
    __secret = "B secret"
    def __init__(self):
        super().__init__()
        self.__private = 100
    def get_b(self):
        return self.__private, self.__secret
a = A()
print(a.get(), a.call(), a._A__private, a._protected)
print(sorted(vars(a)))
b = B()
print(b.get(), b.get_b(), sorted(vars(b)))
try:
    a.__private
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.__method()
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in A.__dict__ if "secret" in k or "method" in k))
class C:
    def f(self):
        return getattr(self, "__x", "getattr not mangled")
    __dunder__ = "not mangled"
print(C().f(), C.__dunder__)
class _Under:
    __x = 1
print([k for k in vars(_Under) if k.endswith("__x")])
class __Double:
    __y = 2
print([k for k in vars(__Double) if k.endswith("__y")])
class D:
    def m(self):
        __local = 5
        return sorted(k for k in locals() if k != 'self')
    def g(self):
        import collections as __c
        return sorted(k for k in locals() if "c" in k)
print(D().m(), D().g())
class E:
    __slots__ = ("__s",)
    def __init__(self):
        self.__s = "slot"
    def get(self):
        return self.__s
print(E().get(), E.__slots__, [k for k in dir(E) if k.endswith("__s")])
def outside():
    class F:
        def get(self, obj):
            return obj.__hidden
    class G:
        def __init__(self):
            self._F__hidden = "mangled across classes"
    return F().get(G())
print(outside())
