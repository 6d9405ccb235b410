a = list[int]
print(a, repr(a), type(a).__name__)
print(a.__origin__ is list, a.__args__, a.__parameters__)
print(dict[str, list[int]])
print(tuple[int, ...], tuple[()])
print(list[int] == list[int], list[int] == list[str], list[int] != list[int])
print(hash(list[int]) == hash(list[int]))
print(a([1, 2]), a(), type(a(range(2))).__name__)
class My(list): pass
print(list[My])
print(My[int] if hasattr(My, "__class_getitem__") else "no")
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
class Sub(list[int]): pass
print(Sub.__bases__, Sub.__orig_bases__ if hasattr(Sub, "__orig_bases__") else None)
try:
    list[int][str]
except TypeError as e:
    print(e)
print(list[int].__mro_entries__(()))
print(type[int], type(list[int] | None).__name__)
