# Argument errors of _random.Random with CPython's messages.
import _random


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


r = _random.Random(1)
t(_random.Random, 1, 2)
t(_random.Random, x=1)
t(r.getrandbits, -1)
t(r.getrandbits, 2**40)
t(r.getrandbits, -2**40)
t(r.getrandbits, 1.0)
t(r.getrandbits, '3')
t(r.getrandbits)
t(r.getrandbits, 1, 2)
t(r.getrandbits, k=3)
t(r.random, 1)
t(r.getstate, 1)
t(r.setstate)
t(r.seed, 1, 2)
t(r.seed, n=3)
t(r.seed, [])
t(r.seed, {})
t(r.setstate, [])
t(r.setstate, (1,) * 624)
t(r.setstate, (1,) * 626)
t(r.setstate, (1,) * 624 + (625,))
t(r.setstate, (1,) * 624 + (-1,))
t(r.setstate, (-1,) * 624 + (1,))
t(r.setstate, (2**64,) * 624 + (1,))
t(r.setstate, (1.0,) * 624 + (1,))
t(r.setstate, ('x',) * 624 + (1,))
t(r.setstate, (1,) * 624 + (1.0,))
t(r.setstate, (1,) * 624 + (2**70,))
t(_random.Random.random, 1)
t(_random.Random.seed, 'x')


class I:
    def __index__(self):
        return 8


t(r.getrandbits, I())
print(_random.Random.__name__, _random.Random.__module__, _random.Random.__qualname__)
print(sorted(n for n in dir(_random.Random) if not n.startswith('__')))
