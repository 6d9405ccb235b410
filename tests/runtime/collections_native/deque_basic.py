# deque: construction, both ends, maxlen, indexing, repr, errors.
from _collections import deque


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


d = deque()
d.append(1); d.append(2); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[1], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d, d.maxlen)
d = deque('abcdef', maxlen=3)
print(d, d.maxlen)
d.append('g'); d.appendleft('z')
print(d)
d.extend('12'); print(d)
d.extendleft('xy'); print(d)
d = deque(range(5))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(); print(d)
d.rotate(12); print(d)
d.reverse(); print(d)
print(d.count(3), d.count(9), d.index(3), d.index(4, 1), d.index(0, -3))
d.insert(1, 'i'); d.insert(-1, 'j'); d.insert(100, 'end'); d.insert(-100, 'start'); print(d)
d.remove('i'); print(d)
d[0] = 'S'; d[-1] = 'E'; print(d)
del d[1]; del d[-2]; print(d)
print(3 in d, 'q' in d, list(reversed(d)), list(d))
c = d.copy(); c.append('c'); print(d == c, d, c)
d.clear(); print(d, len(d))
z = deque([1, 2], maxlen=0); z.append(3); z.appendleft(4); z.extend([5]); print(z, z.maxlen)
print(deque(maxlen=None), deque([1], None), deque(iterable=[1, 2], maxlen=5), deque(range(3), 2))
print(repr(deque(['a', 'b'])), str(deque([1.5])))
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])[-2],
          lambda: deque([1])['a'], lambda: deque([1])[1:2], lambda: deque([1]).remove(2), lambda: deque([1]).index(2),
          lambda: deque([1, 2]).index(1, 1), lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: deque(maxlen=2.0),
          lambda: deque(1), lambda: deque([], 1, 2), lambda: deque(foo=1), lambda: deque([1], maxlen=1).insert(0, 2),
          lambda: deque().rotate(1, 2), lambda: deque().rotate('a'), lambda: deque().append(), lambda: deque().pop(1),
          lambda: deque([1]).__setitem__(3, 1), lambda: deque([1]).__delitem__(3), lambda: deque().index(),
          lambda: deque().insert(1), lambda: deque([1]).index(1, 'a'), lambda: deque().extend(3), lambda: hash(deque()),
          lambda: deque([1])[2 ** 70], lambda: deque().rotate(2 ** 70), lambda: deque(maxlen=2 ** 70),
          lambda: deque().count(), lambda: deque().insert('a', 1)]:
    err(f)
d = deque([1, 2, 3])
d[True] = 'b'
print(d, d[False])


class I:
    def __index__(self):
        return 1


print(deque('xyz')[I()])
d = deque()
d.__init__([7, 8], 3)
d.__init__('ab')
print(d, d.maxlen)
d = deque(range(100))
for i in range(60):
    d.popleft()
    d.append(i)
print(len(d), d[0], d[-1], sum(d))
