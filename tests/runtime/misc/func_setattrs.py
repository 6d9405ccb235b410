def f(a, b=1): return (a, b)
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__)
for attr, val in [("__name__", 3), ("__qualname__", None), ("__defaults__", [1]), ("__kwdefaults__", 5), ("__code__", 1), ("__annotations__", 7)]:
    try:
        setattr(f, attr, val)
    except Exception as e:
        print(attr, type(e).__name__, e)
f.__defaults__ = (10,)
print(f(1), f.__defaults__)
f.__defaults__ = None
print(f.__defaults__)
try:
    f(1)
except TypeError as e:
    print(e)
f.__kwdefaults__ = {"x": 1}
print(f.__kwdefaults__)
del f.__kwdefaults__
print(f.__kwdefaults__)
f.__doc__ = "new doc"
print(f.__doc__)
del f.__doc__
print(f.__doc__)
for attr in ["__globals__", "__closure__", "__builtins__"]:
    try:
        setattr(f, attr, {})
    except AttributeError as e:
        print(attr, type(e).__name__, e)
f.__annotations__ = {"a": int}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
f.__module__ = "mymod"
print(f.__module__)
