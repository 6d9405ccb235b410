def g():
    yield 1
    yield 2
it = g()
print(iter(it) is it, it.__iter__() is it)
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration as e:
    print("done", e.args, e.value)
print(list(g()), sum(g()), [x * 2 for x in g()])
def r():
    return "val"
    yield
try:
    next(r())
except StopIteration as e:
    print(repr(e), e.value)
print(next(g(), "d"), next(iter([]), "default"))
