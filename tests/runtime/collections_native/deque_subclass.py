# deque subclasses: __init__ override, copy, operators, repr with class name, __reduce__.
from _collections import deque


class D(deque):
    pass


class Q(deque):
    def __init__(self, items=(), maxlen=None, tag='t'):
        super().__init__(items, maxlen)
        self.tag = tag

    def push(self, x):
        self.append(x)
        return self


d = D([1, 2])
print(repr(d), type(d.copy()).__name__, d.copy(), isinstance(d, deque), len(d))
q = Q('ab', 4, tag='x')
print(repr(q), q.tag, q.push('c'), q.maxlen, q.copy(), type(q.copy()).__name__)
print(d == deque([1, 2]), d + deque([3]), type(d + deque([3])).__name__, d * 2, type(d * 2).__name__)
d += [9]
print(d, type(d).__name__)
d.x = 1
r = d.__reduce__()
print(r[0] is D, r[1], r[2], list(r[3]))
print(list(reversed(d)), d.pop(), d.popleft(), d)


class S(deque):
    def __repr__(self):
        return 'S!'


print(repr(S()), str(S([1])))
