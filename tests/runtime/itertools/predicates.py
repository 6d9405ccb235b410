# dropwhile, takewhile, filterfalse, starmap, pairwise.
from itertools import dropwhile, takewhile, filterfalse, starmap, pairwise, count, islice


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [])), list(dropwhile(lambda x: True, [1, 2])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [1, 0, 1])))
t = takewhile(lambda x: x < 2, count())
print(list(t), list(t))
print(list(islice(dropwhile(lambda x: x < 3, count()), 3)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, '', 'a', [], [1], None])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 5], 'ab'])), list(starmap(lambda: 1, [(), ()])))
print(list(pairwise('ABCDE')), list(pairwise([1])), list(pairwise([])), list(islice(pairwise(count()), 3)))
err(lambda: dropwhile(len))
err(lambda: takewhile(len, [1], 2))
err(lambda: filterfalse(None, 1))
err(lambda: filterfalse(function=None, iterable=[1]))
err(lambda: list(starmap(pow, [1, 2])))
err(lambda: list(takewhile(len, [1])))
err(lambda: pairwise())
err(lambda: pairwise([1], [2]))
err(lambda: pairwise(iterable=[1]))
err(lambda: starmap(len))


def boom(x):
    if x == 3:
        raise ValueError("boom %d" % x)
    return x < 5


it = dropwhile(boom, [1, 2, 3, 4])
err(lambda: list(it))
print(list(it))


class D(dropwhile):
    pass


print(list(D(lambda x: x < 2, [1, 2, 3])), type(D(len, [])).__name__)
