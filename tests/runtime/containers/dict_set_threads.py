# Threads sharing dicts and sets: no lost insertion, atomic setdefault,
# iteration under mutation raises RuntimeError or completes, never crashes.
import _thread, time

def run_threads(n, fn):
    done = _thread.allocate_lock()
    left = [n]
    count_lock = _thread.allocate_lock()
    done.acquire()
    def wrap(i):
        try:
            fn(i)
        except BaseException as e:
            print("thread error", type(e).__name__, e)
        with count_lock:
            left[0] -= 1
            if left[0] == 0:
                done.release()
    for i in range(n):
        _thread.start_new_thread(wrap, (i,))
    done.acquire()

N = 4
K = 5000
# 1. disjoint inserts: no lost insertion (int and str keys), with resizes
d = {}
def ins(t):
    for i in range(K):
        d[t * K + i] = i
        d["s%d_%d" % (t, i)] = i
run_threads(N, ins)
print("inserts", len(d) == 2 * N * K, all(d[t * K + i] == i for t in range(N) for i in range(0, K, 97)))

# 2. concurrent insert/delete/readers on one dict
d = {}
errs = []
def mix(t):
    if t % 2 == 0:
        for r in range(5):
            for i in range(K):
                d[i] = t
            for i in range(K):
                d.pop(i, None)
    else:
        hits = 0
        for r in range(5):
            for i in range(K):
                v = d.get(i)
                if v is not None and v % 2 != 0:
                    errs.append(v)
                if i in d:
                    hits += 1
run_threads(N, mix)
print("mix", errs[:3], len(d) <= K)

# 3. sets: disjoint adds, then concurrent discard
s = set()
def sadd(t):
    for i in range(K):
        s.add(t * K + i)
run_threads(N, sadd)
print("set adds", len(s) == N * K)
def sdisc(t):
    for i in range(t, N * K, N):
        s.discard(i)
run_threads(N, sdisc)
print("set discards", len(s))

# 4. iteration while another thread mutates: RuntimeError or a consistent view, never a crash
d = {i: i for i in range(1000)}
res = []
def itmut(t):
    if t == 0:
        for r in range(20000):
            d[1000 + (r % 50)] = r
            del d[1000 + (r % 50)]
    else:
        ok = err = 0
        for r in range(300):
            try:
                for k in d:
                    pass
                ok += 1
            except RuntimeError as e:
                err += 1
        res.append((ok + err == 300))
run_threads(3, itmut)
print("iter", res, len(d))

# 5. setdefault atomic: one winner per key
d = {}
wins = [0] * N
def sd(t):
    for i in range(K):
        if d.setdefault(i, t) == t:
            wins[t] += 1
run_threads(N, sd)
print("setdefault", sum(wins) == K, len(d) == K)

# 6. counter under a lock is exact; module globals read concurrently
G = 0
glock = _thread.allocate_lock()
def inc(t):
    global G
    for i in range(K):
        with glock:
            G += 1
run_threads(N, inc)
print("globals", G == N * K)

# 7. shared instance dict: concurrent attribute writes and reads
class O: pass
o = O()
def attrs(t):
    for i in range(K):
        setattr(o, "a%d" % (i % 64), i)
        getattr(o, "a%d" % ((i * 7) % 64), None)
run_threads(N, attrs)
print("attrs", len(o.__dict__) == 64)
