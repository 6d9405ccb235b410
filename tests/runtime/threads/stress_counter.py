# Stress: a global counter under a Lock, an RLock and a Semaphore.
import threading

N_THREADS = 8
PER = 4000
counter = 0
lock = threading.Lock()


def bump():
    global counter
    for _ in range(PER):
        with lock:
            counter += 1


ts = [threading.Thread(target=bump) for _ in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, counter == N_THREADS * PER)

rcount = {"n": 0}
rlock = threading.RLock()


def rbump():
    for _ in range(PER // 2):
        with rlock:
            with rlock:
                rcount["n"] += 1


ts = [threading.Thread(target=rbump) for _ in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(rcount["n"])

sem = threading.Semaphore(1)
box = [0]


def sbump():
    for _ in range(PER // 4):
        with sem:
            box[0] += 1


ts = [threading.Thread(target=sbump) for _ in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(box[0])

# per-thread tallies merged under a lock
totals = {}


def tally(k):
    mine = 0
    for i in range(PER):
        mine += i % 7
    with lock:
        totals[k] = mine


ts = [threading.Thread(target=tally, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(totals.items()) == [(k, sum(i % 7 for i in range(PER))) for k in range(N_THREADS)])
