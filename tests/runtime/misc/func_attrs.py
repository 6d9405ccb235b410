def f(a, b=2, *args, c=3, **kw):
    "the doc"
    x = 1
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(type(f.__code__).__name__, f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
print(f.__closure__, f.__annotations__)
print(f.__globals__ is globals())
print(f.__dict__)
f.custom = 42
print(f.custom, f.__dict__)
def g(): pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__)
class A:
    def m(self): pass
    class B:
        def n(self): pass
print(A.m.__qualname__, A.B.n.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
