# groupby and its _grouper sub-iterators (validity rules of CPython).
from itertools import groupby, count, islice


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
print([(k, len(list(g))) for k, g in groupby([])])
print([(k, list(g)) for k, g in groupby('aAbB', key=str.lower)])
# groups consumed out of order are empty
groups = list(groupby('aaabbb'))
print([(k, list(g)) for k, g in groups])
g = groupby('aaabbbc')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
k3, g3 = next(g)
print(k3, list(g3))
err(lambda: next(g))
# partially consumed group is skipped
g = groupby([1, 1, 1, 2, 2, 3])
k, it = next(g)
next(it)
print([k for k, _ in g])
# infinite input
print([(k, list(v)) for k, v in islice(groupby(count(), lambda x: x // 2), 3)])
print(type(next(groupby('a'))[1]).__name__)
err(lambda: groupby())
err(lambda: groupby(1))
err(lambda: groupby('a', key=len, x=1))
err(lambda: list(groupby([1, 2], key=lambda x: 1 / 0)))
print([(k, list(v)) for k, v in groupby(iterable='xxy', key=None)])


class Bad:
    def __eq__(self, other):
        raise RuntimeError("eq called")


g = groupby([Bad(), Bad()])
next(g)
err(lambda: next(g))
