def g(n):
    for i in range(n):
        yield i
    return n * 10
def collect():
    r1 = yield from g(2)
    r2 = yield from g(1)
    return (r1, r2)
c = collect()
out = []
while True:
    try:
        out.append(next(c))
    except StopIteration as e:
        out.append(("ret", e.value))
        break
print(out)
def none_ret():
    yield 1
n = none_ret(); next(n)
try:
    next(n)
except StopIteration as e:
    print(e.value, e.args)
def tuple_ret():
    return (1, 2)
    yield
try:
    next(tuple_ret())
except StopIteration as e:
    print(e.value, e.args)
