# getstate/setstate round trips and the state tuple's shape.
import _random

r = _random.Random(3)
st = r.getstate()
print(type(st).__name__, len(st), st[:3], st[-1])
x = [r.random() for _ in range(700)]
r.setstate(st)
print(x == [r.random() for _ in range(700)])
s2 = r.getstate()
print(s2[-1], s2[:2])
r2 = _random.Random()
r2.setstate(s2)
print(r.random() == r2.random(), r.getrandbits(77) == r2.getrandbits(77))
r.setstate((0,) * 624 + (624,))
print(r.random(), r.getrandbits(40))
r.setstate((1,) * 625)
print(r.random())
r.setstate((2**32 + 5,) * 624 + (0,))
print(r.getstate()[:2], r.random())
r.setstate((True,) * 624 + (False,))
print(r.random())
r.setstate(tuple(range(624)) + (624,))
print(r.random(), r.getstate()[-1])
