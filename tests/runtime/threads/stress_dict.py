# Stress: threads set/get/delete keys of one shared dict.
import threading

N_THREADS = 6
PER = 2000
d = {}
start = threading.Barrier(N_THREADS)
errors = []


def disjoint(k):
    start.wait()
    keys = ["t%d-%d" % (k, i) for i in range(PER)]
    for i, key in enumerate(keys):
        d[key] = i
    for i, key in enumerate(keys):
        if d.get(key) != i:
            errors.append((key, d.get(key)))
    for key in keys[::2]:
        del d[key]
    for i, key in enumerate(keys):
        if (key in d) != (i % 2 == 1):
            errors.append(("presence", key))


ts = [threading.Thread(target=disjoint, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), errors[:3], sum(d.values()) == N_THREADS * sum(range(1, PER, 2)))

# overlapping keys: setdefault picks exactly one winner per key, and pop
# hands each value to exactly one thread
shared = {}
won = [None] * N_THREADS
start = threading.Barrier(N_THREADS)


def overlap(k):
    start.wait()
    seen = []
    for i in range(PER):
        seen.append(shared.setdefault(i, k))
    won[k] = seen


ts = [threading.Thread(target=overlap, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
agree = all(won[k][i] == shared[i] for k in range(N_THREADS) for i in range(PER))
print(len(shared), agree)

popped = [None] * N_THREADS
start = threading.Barrier(N_THREADS)


def popper(k):
    start.wait()
    mine = []
    for i in range(PER):
        v = shared.pop(i, None)
        if v is not None:
            mine.append(i)
    popped[k] = mine


ts = [threading.Thread(target=popper, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allp = []
for m in popped:
    allp.extend(m)
print(len(allp), sorted(allp) == list(range(PER)), len(shared))

# writers overwrite shared keys while readers iterate over copies
live = {i: 0 for i in range(200)}
stop = threading.Event()
bad = []


def writer(k):
    for r in range(30):
        for i in range(200):
            live[i] = k * 1000 + r


def reader():
    while not stop.is_set():
        snap = dict(live)
        if len(snap) != 200:
            bad.append(len(snap))
        for v in list(live.values()):
            if not isinstance(v, int):
                bad.append(v)


ws = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
rs = [threading.Thread(target=reader) for _ in range(2)]
for t in rs + ws:
    t.start()
for t in ws:
    t.join()
stop.set()
for t in rs:
    t.join()
print(len(live), bad, all(v % 1000 == 29 for v in live.values()))
