NoneType = type(None)
print(NoneType() is None, NoneType.__name__)
try:
    NoneType(1)
except TypeError as e:
    print(e)
NI = type(NotImplemented)
print(NI() is NotImplemented, repr(NotImplemented), NotImplemented.__reduce__())
try:
    NI(1)
except TypeError as e:
    print(e)
E = type(...)
print(E() is ..., repr(...), E.__name__, Ellipsis.__reduce__())
try:
    E(1)
except TypeError as e:
    print(e)
print(bool(None), None.__bool__(), repr(None), None.__repr__())
print(bool(...), str(...), str(None))
print(NoneType.__bool__(None))
