g = (x * x for x in range(4))
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), list(g))
def f():
    return (y for y in "ab")
h = f()
print(h.__qualname__, list(h))
try:
    next(h)
except StopIteration as e:
    print("empty", e.args)
g2 = (1 / x for x in [1, 0])
print(next(g2))
try:
    next(g2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(g2))
