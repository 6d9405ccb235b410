def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "default"))
print(type(g).__name__, g.__name__, iter(g) is g)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))

def gen_return():
    yield 1
    return "done"
g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, e.args)

def lazy():
    print("started")
    yield 1
g = lazy()
print("created")
print(next(g))

def gen_with_state():
    total = 0
    for x in [1, 2, 3]:
        total += x
        yield total
print(list(gen_with_state()))

def empty():
    return
    yield
print(list(empty()))

def inner_loop():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)
print(list(inner_loop()))

def gen_closure(n):
    def g():
        for i in range(n):
            yield i * n
    return g
print(list(gen_closure(3)()))

g = count(3)
print(list(zip(g, g)))
print(g.gi_running, g.gi_frame is None)
g2 = count(3)
print(g2.gi_frame is not None)

def running():
    yield gr.gi_running
gr = running()
print(next(gr))

def self_next():
    yield next(sg)
sg = self_next()
try:
    next(sg)
except ValueError as e:
    print(type(e).__name__, e)

def yield_expr_value():
    x = yield
    print("got", x)
g = yield_expr_value()
next(g)
try:
    next(g)
except StopIteration:
    print("ended")
print(list(x for x in range(3)))
