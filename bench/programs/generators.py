"""Generators: pipelines of generator functions and generator expressions,
recursive `yield from` tree walks, send()-driven coroutines and generator
closing (frame suspension and resumption).

Argument: scale (number of items pushed through the pipelines)."""
import sys

DEFAULT = 1000000
SMALL = 500


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def mapped(f, it):
    for x in it:
        yield f(x)


def filtered(pred, it):
    for x in it:
        if pred(x):
            yield x


def take_pairs(it):
    it = iter(it)
    for a in it:
        for b in it:
            yield a, b
            break


def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total


class Tree:
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def inorder(t):
    if t is not None:
        yield from inorder(t.left)
        yield t.value
        yield from inorder(t.right)


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return count
        total += x
        count += 1
        avg = total / count


def delegate(results):
    while True:
        n = yield from averager()
        results.append(n)


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    # a pipeline of generator functions
    pipe = running_sum(mapped(lambda x: x * 3 % 17, filtered(lambda x: x % 3 != 0, count_up(n))))
    last = 0
    for last in pipe:
        pass
    print("pipeline", last)
    # generator expressions
    s = sum(a * b for a, b in take_pairs(x for x in range(n) if x & 1))
    print("pairs", s)
    print("squares", sum(x * x for x in range(n) if x % 7 == 3), max((x * 37) % 1001 for x in range(n)))
    # recursive yield from
    tree = build(0, n // 10 + 1)
    total = 0
    k = 0
    for v in inorder(tree):
        total += v * (k & 7)
        k += 1
    print("tree", k, total)
    # coroutines driven by send
    results = []
    co = delegate(results)
    next(co)
    avg = 0.0
    for i in range(n // 4):
        if i % 100 == 99:
            co.send(None)
        else:
            avg = co.send(i % 1000)
    print("averages", len(results), sum(results), "%.6f" % avg)
    # infinite generators, stopped early and closed
    closed = 0
    for _ in range(n // 500 + 1):
        g = fib_gen()
        for f in g:
            if f > 10 ** 30:
                break
        g.close()
        closed += 1
    print("fib", f % 1000000007, closed)


main()
