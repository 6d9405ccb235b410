def template(a, b=2):
    return a + b
FunctionType = type(template)
g = FunctionType(template.__code__, globals())
print(g(1, 5), g.__name__)
h = FunctionType(template.__code__, globals(), "newname", (10,))
print(h(1), h.__name__, h.__defaults__)
try:
    FunctionType(1, {})
except TypeError as e:
    print(e)
try:
    FunctionType(template.__code__, 1)
except TypeError as e:
    print(e)
def mk():
    v = 1
    def inner(): return v
    return inner
inner = mk()
try:
    FunctionType(inner.__code__, globals())
except TypeError as e:
    print(e)
k = FunctionType(inner.__code__, globals(), None, None, inner.__closure__)
print(k())
def swap():
    return "swapped"
def target():
    return "orig"
target.__code__ = swap.__code__
print(target())
try:
    target.__code__ = inner.__code__
except ValueError as e:
    print(e)
