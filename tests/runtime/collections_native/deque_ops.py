# deque: comparisons, +, *, +=, *=, iteration, mutation during iteration, recursion in repr.
from _collections import deque


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a < b, a <= b, a == b, a != b, a > b, a >= b, a == deque([1, 2, 3]), deque() < deque([0]))
print(a == [1, 2, 3], a != [1, 2, 3], deque([1, 2]) < deque([1, 2, 0]), deque('ab') > deque('a'))
try:
    a < [1]
except TypeError as e:
    print('TypeError', str(e).startswith("'<' not supported between instances of"))
err(lambda: a + [1])
err(lambda: a * 'x')
err(lambda: a * 1.5)
print(a + b, a * 2, 2 * a, a * 0, a * -1, deque([1, 2], maxlen=3) * 2, deque([1, 2, 3], maxlen=4) + deque([5, 6]))
c = deque([1])
c += [2, 3]
c += c
print(c)
c *= 2
print(c, len(c))
m = deque([1, 2], maxlen=5)
m *= 3
print(m)
m *= 0
print(m)
d = deque([1, 2, 3])
it = iter(d)
print(next(it), it.__length_hint__())
d.append(4)
err(lambda: next(it))
err(lambda: next(it))
it = iter(d)
d[0] = 'changed'
print(list(it))
it = reversed(deque('abc'))
print(list(it), type(it).__name__, type(iter(deque())).__name__)
d = deque([1, 2, 3])
it = iter(d)
d.rotate(1)
err(lambda: next(it))
d = deque()
d.append(d)
print(d)
d2 = deque([1])
d2.append([d2, d2])
print(d2)


class Evil:
    def __eq__(self, other):
        dq.append(99)
        return False


dq = deque([Evil(), 1])
err(lambda: dq.count(1))
dq = deque([Evil(), 1])
err(lambda: dq.index(1))
dq = deque([Evil(), 1])
err(lambda: 1 in dq)
dq = deque([Evil(), 1])
err(lambda: dq.remove(1))
print(deque[int], deque.__class_getitem__(str))
r = deque([1, 2], maxlen=4).__reduce__()
print(r[0] is deque, r[1], r[2], list(r[3]))
r = deque([1]).__reduce__()
print(r[1], r[2], list(r[3]))
x = deque([[1], 2], maxlen=3)
y = x.__copy__()
print(y, y[0] is x[0], y.maxlen)
print(deque('abc').__copy__(), deque.__name__, deque.__module__, repr(deque))
