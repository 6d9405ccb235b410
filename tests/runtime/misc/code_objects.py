def f(a, b, /, c, *args, d, e=1, **kw):
    x = a + b
    def inner():
        return x
    return inner
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars)
print(co.co_nlocals, co.co_flags & 0xF, bool(co.co_flags & 0x20))
print(co.co_filename.endswith("code_objects.py"), co.co_firstlineno)
inner = f(1, 2, 3, d=4)
print(inner.__code__.co_freevars, inner.__code__.co_qualname)
def g():
    yield 1
print(bool(g.__code__.co_flags & 0x20), bool(f.__code__.co_flags & 0x20))
print(type(co).__name__, repr(co).startswith("<code object f at 0x"))
print("x" in co.co_varnames, co.co_names)
def k(): return len("abc")
print(k.__code__.co_names, None in k.__code__.co_consts or "abc" in k.__code__.co_consts)
c2 = co.replace(co_name="renamed")
print(c2.co_name, co.co_name, c2.co_varnames == co.co_varnames)
try:
    co.replace(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
