# Stress: threads append to and pop from one shared list concurrently.
import threading

N_THREADS = 6
PER = 3000
shared = []
popped = [None] * N_THREADS
start = threading.Barrier(N_THREADS)


def appender(k):
    start.wait()
    base = k * PER
    for i in range(PER):
        shared.append(base + i)


ts = [threading.Thread(target=appender, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), sorted(shared) == list(range(N_THREADS * PER)))

# each thread's own items keep their relative order
ok = True
last = [-1] * N_THREADS
for x in shared:
    k = x // PER
    if x <= last[k]:
        ok = False
    last[k] = x
print("per-thread order kept", ok)

start = threading.Barrier(N_THREADS)


def popper(k):
    start.wait()
    mine = []
    while True:
        try:
            mine.append(shared.pop())
        except IndexError:
            break
    popped[k] = mine


ts = [threading.Thread(target=popper, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allp = []
for m in popped:
    allp.extend(m)
print(len(allp), sorted(allp) == list(range(N_THREADS * PER)), shared)

# mixed: appends and pops at the same time, plus len/index reads
start = threading.Barrier(N_THREADS)
got = [None] * N_THREADS
mix = []


def mixer(k):
    start.wait()
    mine = []
    for i in range(PER):
        mix.append((k, i))
        if i % 2:
            try:
                mine.append(mix.pop(0))
            except IndexError:
                pass
        len(mix)
    got[k] = mine


ts = [threading.Thread(target=mixer, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
everything = list(mix)
for m in got:
    everything.extend(m)
print(len(everything), len(set(everything)),
      sorted(everything) == sorted((k, i) for k in range(N_THREADS) for i in range(PER)))
