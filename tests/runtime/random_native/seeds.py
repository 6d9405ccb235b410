# MT19937 streams for int seeds of every size, getrandbits widths, hash seeds.
import _random

for seed in [0, 1, 2, -5, 42, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**63, 2**64 + 3, -(2**64 + 3),
             2**100 - 1, 3**500, True, False, 1.5, -2.25, 0.0, (1, 2, 3), 10**30]:
    r = _random.Random(seed)
    print(repr(seed)[:40], [r.random() for _ in range(4)], r.getrandbits(32), r.getrandbits(7))
r = _random.Random(12345)
for k in [0, 1, 2, 31, 32, 33, 63, 64, 65, 96, 100, 127, 128, 129, 1000]:
    print(k, r.getrandbits(k))
r = _random.Random()
r.seed(99)
a = [r.random() for _ in range(3)]
r.seed(99)
print(a == [r.random() for _ in range(3)], a)
# more than 624 outputs: the state is regenerated several times
r.seed(2024)
xs = [r.getrandbits(32) for _ in range(2000)]
print(xs[0], xs[623], xs[624], xs[1247], xs[1999], sum(xs) % 1000003)
r.seed(7)
print(sum(r.random() for _ in range(5000)))
