# Stress: threads add to / discard from one shared set.
import threading

N_THREADS = 6
PER = 3000
s = set()
start = threading.Barrier(N_THREADS)


def adder(k):
    start.wait()
    # overlapping ranges: thread k adds k*PER/2 ... k*PER/2 + PER
    base = k * PER // 2
    for i in range(base, base + PER):
        s.add(i)


ts = [threading.Thread(target=adder, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
expected = set()
for k in range(N_THREADS):
    base = k * PER // 2
    expected.update(range(base, base + PER))
print(len(s), s == expected)

# discard from several threads; string members too
words = set("w%d" % i for i in range(PER))
start = threading.Barrier(N_THREADS)
removed = [0] * N_THREADS


def remover(k):
    start.wait()
    n = 0
    for i in range(PER):
        w = "w%d" % i
        if w in words:
            words.discard(w)
            n += 1
    removed[k] = n


ts = [threading.Thread(target=remover, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(words), sum(removed) >= PER)

# set.pop hands each element to exactly one thread
pool = set(range(PER * 2))
got = [None] * N_THREADS
start = threading.Barrier(N_THREADS)


def taker(k):
    start.wait()
    mine = []
    while True:
        try:
            mine.append(pool.pop())
        except KeyError:
            break
    got[k] = mine


ts = [threading.Thread(target=taker, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allg = []
for m in got:
    allg.extend(m)
print(len(allg), sorted(allg) == list(range(PER * 2)), len(pool))
