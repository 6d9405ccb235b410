u = int | str
print(u, type(u).__name__, u.__args__)
print(int | None, None | int if False else "skip")
print((int | str) == (str | int), (int | str) == (int | bytes))
print(hash(int | str) == hash(str | int))
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | str))
print(int | list[int])
class A: pass
print(A | int)
print((int | str | float).__args__)
