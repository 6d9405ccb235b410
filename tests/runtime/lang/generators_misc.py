def gen_with_return():
    yield 1
    return "lost in for"
for v in gen_with_return():
    print(v)
print(list(gen_with_return()))
def gen_args(*args, **kw):
    yield args
    yield sorted(kw.items())
print(list(gen_args(1, 2, a=3)))
class WithGenMethod:
    def __init__(self, items):
        self.items = items
    def evens(self):
        for i in self.items:
            if i % 2 == 0:
                yield i
    def __iter__(self):
        yield from self.items
w = WithGenMethod([1, 2, 3, 4])
print(list(w.evens()), list(w), sum(w), max(w))
def infinite():
    i = 0
    while True:
        yield i
        i += 1
g = infinite()
print([next(g) for _ in range(5)], next(g))
def gen_lambda():
    return (lambda: (yield 5))()
print(list(gen_lambda()))
def conditional_yield(flag):
    if flag:
        yield "yes"
print(list(conditional_yield(True)), list(conditional_yield(False)))
def yield_tuple():
    yield 1, 2
    x = yield
    yield x
g = yield_tuple()
print(next(g), next(g), g.send("sent"))
def gen_in_class_body():
    class C:
        vals = list(i * 2 for i in range(3))
    return C.vals
print(gen_in_class_body())
def large_gen():
    total = 0
    for i in range(100000):
        total += i
        if i % 25000 == 0:
            yield total
print(list(large_gen()))
def unpack_gen():
    a, b, *c = (x for x in range(5))
    return a, b, c
print(unpack_gen())
def gen_exception_value():
    try:
        yield
    except Exception as e:
        yield type(e).__name__
g = gen_exception_value()
next(g)
print(g.throw(KeyError("k")))
g = (x for x in range(3))
print(next(g), list(g), list(g))
def yields_none():
    yield
    yield None
print(list(yields_none()))
print(sum(x for x in range(10) if x % 2), tuple(x for x in "ab"), min(x * x for x in [-3, 2]))
