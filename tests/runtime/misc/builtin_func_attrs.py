print(len.__name__, len.__qualname__, len.__module__, len.__self__.__name__)
print(repr(len), repr(print))
l = [1]
ap = l.append
print(ap.__name__, ap.__qualname__, ap.__self__ is l, ap.__module__)
print(repr(list.append), list.append.__qualname__, list.append.__name__, list.append.__objclass__)
list.append(l, 2)
print(l)
print(type(len).__name__, type(list.append).__name__, type(l.append).__name__)
print(l.append == l.append, l.append == [].append)
print(dict.fromkeys.__name__, type(dict.__dict__["fromkeys"]).__name__)
print(list.append.__get__(l)(3), l)
try:
    list.append.__get__(1)
except TypeError as e:
    print(e)
print(len.__call__([1, 2, 3]))
print(callable(len), callable(l.append))
