# itertools.count and repeat: values, reprs, reduce, length_hint, errors.
import sys
from itertools import count, repeat, islice


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


print(list(islice(count(), 4)), list(islice(count(10), 3)), list(islice(count(1, 3), 4)))
print(list(islice(count(0.5, 0.25), 4)), list(islice(count(start=5, step=-2), 4)))
print(repr(count()), repr(count(3)), repr(count(3, 2)), repr(count(1.5)), repr(count(0, 1.0)), repr(count(True)))
c = count(sys.maxsize - 1)
print(next(c), next(c), next(c), repr(c))
c = count(2 ** 70, 2 ** 65)
print(next(c), next(c), repr(c))
c = count(5)
next(c)
print(c.__reduce__()[1], count(1.5, 2).__reduce__()[1])
print(type(count).__name__, count.__name__, count.__qualname__, count.__module__, repr(count))
err(lambda: count('a'))
err(lambda: count(1, 'b'))
err(lambda: count(1, 2, 3))
err(lambda: count(x=1))
err(lambda: count(1, start=2))

print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -5)), list(islice(repeat(7), 3)))
print(repr(repeat('a')), repr(repeat('a', 2)), repr(repeat([1], -1)), repr(repeat(None, times=4)))
r = repeat('a', 3)
print(r.__length_hint__(), next(r), r.__length_hint__(), repr(r), r.__reduce__()[1])
print(repeat(1).__reduce__()[1])
err(lambda: repeat(1).__length_hint__())
err(lambda: repeat())
err(lambda: repeat(1, 'a'))
err(lambda: repeat(1, 2, 3))
err(lambda: repeat(1, 2 ** 80))
err(lambda: repeat(1, 1.5))
print(list(map(pow, range(4), repeat(2))))


class C(count):
    pass


c = C(4)
print(repr(c), next(c), type(c).__name__, isinstance(c, count))


class R(repeat):
    def extra(self):
        return "extra"


r = R('z', 2)
print(repr(r), list(r), r.extra())
