"""Closures and decorators: nested functions over cells, nonlocal counters,
function factories, stacked decorators with *args/**kwargs forwarding,
memoising decorators, decorated methods and lambdas.

Argument: number of loop iterations."""
import sys

DEFAULT = 800000
SMALL = 500


def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


def make_adder(n):
    return lambda x: x + n


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed


def counted(fn):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)

    wrapper.calls = calls
    wrapper.__name__ = fn.__name__
    return wrapper


def scaled(factor):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs) * factor
        return wrapper
    return decorator


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        r = fn(n)
        cache[n] = r
        return r

    wrapper.cache = cache
    return wrapper


@counted
@scaled(3)
def area(w, h=1, *, depth=1):
    return w * h * depth


@memoize
def partitions(n):
    """Number of partitions of n into distinct parts ≤ n, by a recursive
    closure over a memo table."""
    def p(k, largest):
        if k == 0:
            return 1
        total = 0
        for part in range(min(k, largest), 0, -1):
            total += p(k - part, part - 1)
        return total
    return p(n, n)


class Shape:
    def __init__(self, w):
        self.w = w

    @counted
    def grow(self, by):
        self.w += by
        return self.w

    @property
    def double(self):
        return self.w * 2

    @staticmethod
    @scaled(2)
    def unit():
        return 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    inc, get = make_counter(10)
    for i in range(n):
        inc()
        if i & 1:
            inc(2)
    print("counter", get())
    adders = [make_adder(k) for k in range(10)]
    f = compose(*adders)
    acc = 0
    for i in range(n // 10):
        acc += f(i) & 0xFF
    print("compose", acc)
    total = 0
    for i in range(n):
        total += area(i & 15, h=2) + area(3, depth=i & 3)
    print("decorated", total, area.calls[0], area.__name__)
    memo = 0
    for i in range(n // 100):
        memo = (memo + partitions(i % 40)) % 1000003
    print("memo", memo, len(partitions.cache))
    s = Shape(0)
    for i in range(n // 2):
        s.grow(i & 3)
    print("methods", s.w, s.double, Shape.grow.calls[0], Shape.unit())
    fns = []
    for i in range(5):
        def cell_capture(x, i=i):
            return x * i
        fns.append(cell_capture)
    late = [lambda: i for i in range(5)]
    print("captures", [g(3) for g in fns], [g() for g in late])


main()
