class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub in (int, bool)
class Even(metaclass=Meta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("x", Even), issubclass(int, Even), issubclass(str, Even))
print(isinstance(4, (str, Even)), issubclass(bool, (Even,)))
class Exact:
    pass
print(isinstance(Exact(), Exact))
from collections.abc import Iterable, Sized, Container, Hashable, Callable, Sequence, Mapping, Iterator
class HasIter:
    def __iter__(self): return iter([])
class HasLen:
    def __len__(self): return 0
print(isinstance(HasIter(), Iterable), isinstance(HasLen(), Sized), isinstance(HasLen(), Iterable))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance("", Sequence), isinstance(iter([]), Iterator), isinstance(len, Callable))
print(isinstance([], Hashable), isinstance((), Hashable), issubclass(list, Container), isinstance(range(3), Sequence))
class Reg:
    pass
Sized.register(Reg)
print(isinstance(Reg(), Sized), issubclass(Reg, Sized))
print(isinstance(True, int), type(True) is int, isinstance(1, float), isinstance(1.0, int))
print(sorted(n for n in dir([]) if not n.startswith("_"))[:5], "append" in dir(list))
print("x" in dir(type("T", (), {"x": 1})), sorted(dir(type("T2", (), {"__slots__": ("q",)})()))[-1])
