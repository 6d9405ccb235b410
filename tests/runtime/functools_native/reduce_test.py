# _functools.reduce: values, initial, errors with CPython's messages.
from _functools import reduce


def add(a, b):
    return a + b



def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


print(reduce(add, [1, 2, 3, 4]), reduce(add, [], 0), reduce(add, [5]))
print(reduce(lambda a, b: a * b, range(1, 8), 1), reduce(add, 'abc', 'x'), reduce(max, iter([3, 9, 2])))
print(reduce(lambda acc, x: acc + [x], (1, 2), []), reduce(add, {1: 'a', 2: 'b'}))
err(lambda: reduce(add, []))
err(lambda: reduce(add, iter([])))
err(lambda: reduce(add))
err(lambda: reduce(add, [1], 2, 3))
err(lambda: reduce(add, 5))
err(lambda: reduce(add, [1, 2], initial=3))
err(lambda: reduce(None, [1, 2]))
err(lambda: reduce(add, [1, 'a']))
print(reduce.__name__, reduce.__module__, type(reduce).__name__)
