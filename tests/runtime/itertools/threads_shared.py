# itertools objects shared between threads: no crash, no lost or duplicated counts.
import threading
from itertools import count, cycle, tee, chain, islice, repeat, product

N = 4
PER = 3000
c = count()
seen = []
lock = threading.Lock()


def take_count():
    mine = [next(c) for _ in range(PER)]
    with lock:
        seen.extend(mine)


ts = [threading.Thread(target=take_count) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(seen), sorted(seen) == list(range(N * PER)))

r = repeat('x', N * PER)
got = []


def take_repeat():
    n = 0
    for _ in r:
        n += 1
    with lock:
        got.append(n)


ts = [threading.Thread(target=take_repeat) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(got))

# tee copies consumed by different threads all see every item in order
copies = tee(iter(range(20000)), N)
results = [None] * N


def consume(i):
    results[i] = list(copies[i])


ts = [threading.Thread(target=consume, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([r == list(range(20000)) for r in results])

# a shared cycle / chain / product: just no crash and a plausible total
cy = cycle([1, 2, 3])
ch = chain.from_iterable(repeat(range(10), 1000))
pr = product(range(20), repeat=3)
totals = []


def mixed():
    a = sum(islice(cy, 1000))
    b = sum(1 for _ in islice(ch, 2000))
    p = sum(1 for _ in islice(pr, 1500))
    with lock:
        totals.append((a > 0, b, p))


ts = [threading.Thread(target=mixed) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(totals)[0][0], sum(t[1] for t in totals), sum(t[2] for t in totals))
