def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc of f."""
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__, f.__annotations__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_nlocals)
print(co.co_varnames, bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
print(f.__globals__ is globals(), f.__closure__, type(f.__dict__).__name__)
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__code__ = 5
except TypeError as e:
    print(type(e).__name__, e)
def g():
    pass
g.__doc__ = "set later"
g.custom = [1]
print(g.__doc__, g.custom, "custom" in g.__dict__)
g.__dict__ = {"replaced": True}
print(g.replaced)
def h():
    pass
h.__code__ = (lambda: "swapped code").__code__
print(h())
def gen():
    yield
print(bool(gen.__code__.co_flags & 0x20), bool(f.__code__.co_flags & 0x20))
async def co_fn():
    pass
print(bool(co_fn.__code__.co_flags & 0x80), type(co_fn).__name__)
print(type(f).__name__, type(f.__code__).__name__)
print((lambda: 0).__name__, (lambda: 0).__code__.co_name)
class C:
    def m(self): pass
print(C.m.__qualname__, C().m.__name__, C().m.__qualname__, C().m.__doc__)
print(len.__name__, len.__qualname__, len.__module__, print.__self__.__name__ if hasattr(print, "__self__") else None)
print([].append.__name__, [].append.__qualname__, type([].append).__name__)
