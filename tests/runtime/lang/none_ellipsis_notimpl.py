print(None, type(None).__name__, None is None, None == None, bool(None), repr(None), str(None))
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, bool(...), repr(...))
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
def returns_nothing():
    pass
def returns_bare():
    return
print(returns_nothing(), returns_bare(), [returns_nothing()])
try:
    None.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(None)() is None, type(...)() is ..., hash(None) == hash(None))
x = [1, ..., 3]
print(x, x.count(...), ... in x)
def stub(): ...
print(stub(), stub.__doc__)
d = {None: "none key", ...: "ellipsis key"}
print(d[None], d[...])
print(sorted([3, 1], key=lambda v: v) if None is None else None)
print(None if 0 else "fallback", None or "or", None and "and")
try:
    sorted([None, 1])
except TypeError as e:
    print(type(e).__name__, e)
print(bool(NotImplemented) if False else "skip bool(NotImplemented)")
print(None.__class__, None.__eq__(None), None.__ne__(1), None.__bool__())
