# tee: copies sharing a buffer, __copy__, n values, errors.
from itertools import tee, count, islice


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


a, b = tee([1, 2, 3])
print(next(a), next(a), next(b), list(a), list(b))
print(tee('abc', 0), len(tee('abc', 5)), [list(x) for x in tee('abc', 3)])
a, b = tee(count())
print([next(a) for _ in range(200)][-3:], [next(b) for _ in range(100)][-1])
a, = tee('xyz', 1)
print(list(a), type(a).__name__)
a, b = tee(range(5))
next(a)
c = a.__copy__()
d = a.__copy__()
print(list(a), list(c), list(d), list(b))
# tee of a tee object copies it
a, b = tee(iter('hello'))
next(a)
x, y = tee(a)
print(x is a, list(x), list(y), list(b))


class WithCopy:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

    def __copy__(self):
        print("copy called")
        return iter([10, 20])


w = WithCopy()
p, q = tee(w)
print(p is w, list(p), list(q))
err(lambda: tee())
err(lambda: tee([1], -1))
err(lambda: tee([1], 'a'))
err(lambda: tee(1))
err(lambda: tee([1], n=2))
err(lambda: tee([1], 2, 3))
from itertools import _tee
t = _tee([1, 2])
print(list(t))
err(lambda: _tee())


def gen():
    yield 1
    raise ValueError("in gen")


a, b = tee(gen())
print(next(a))
err(lambda: next(a))
err(lambda: next(b))
