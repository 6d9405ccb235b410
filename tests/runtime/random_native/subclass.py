# Subclassing _random.Random the way random.py does (super().seed etc.).
import _random


class R(_random.Random):
    def __init__(self, x=None):
        self.calls = []
        self.seed(x)

    def seed(self, a=None):
        self.calls.append(a)
        super().seed(a)

    def getstate(self):
        return ('v', super().getstate())

    def setstate(self, st):
        super().setstate(st[1])


r = R(10)
print(r.calls, r.random(), _random.Random(10).random() != r.random())
st = r.getstate()
a = r.random()
r.setstate(st)
print(a == r.random(), st[0], len(st[1]))
r.extra = 5
print(r.extra, sorted(vars(r)))


class Z(_random.Random):
    def __init__(self, *args, **kw):
        pass


z = Z(1, 2, k=3)
print(z.random(), z.getrandbits(20), z.getstate()[-1])
z.seed(5)
print(z.random() == _random.Random(5).random())


class K(_random.Random):
    pass


k = K(8)
print(k.random() == _random.Random(8).random(), isinstance(k, _random.Random))
try:
    K(x=1)
except TypeError as e:
    print('TypeError', e)
