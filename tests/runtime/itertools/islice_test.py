# islice: every argument form and CPython's ValueError messages.
import sys
from itertools import islice, count


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


s = 'ABCDEFG'
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 2)))
print(list(islice(s, None)), list(islice(s, None, None, None)), list(islice(s, 1, 100)), list(islice(s, 5, 2)))
print(list(islice(count(), 3, 20, 5)), list(islice(s, 0)))
print(list(islice(range(10), True)), list(islice(range(10), 1, 8, 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
for args in [(-1,), (None, -1), (-5,), (1, -2), (1.5,), ('a',), (0, 'x'), (0, 1, 0), (0, 1, -1), (0, 1, 1.5),
             ('a', 2), (-1, 2), (2 ** 100, 3), (0, None, 2 ** 100), (-2 ** 100,), (1, 2, 3, 4), ()]:
    err(lambda: list(islice(s, *args)))
err(lambda: islice(s, stop=3))
err(lambda: islice(5, 3))
err(lambda: islice())


class I:
    def __index__(self):
        return 2


print(list(islice(s, I())), list(islice(s, I(), None, I())))
