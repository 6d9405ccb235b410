# deque shared between threads: concurrent appends/pops lose nothing; iteration stays safe.
import threading
from _collections import deque

N_THREADS = 4
PER = 5000
d = deque()


def producer(base):
    for i in range(PER):
        if i % 2:
            d.append(base + i)
        else:
            d.appendleft(base + i)


ts = [threading.Thread(target=producer, args=(k * PER,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), sorted(d) == list(range(N_THREADS * PER)))

got = []
lock = threading.Lock()


def consumer():
    mine = []
    while True:
        try:
            mine.append(d.pop() if len(mine) % 2 else d.popleft())
        except IndexError:
            break
    with lock:
        got.extend(mine)


ts = [threading.Thread(target=consumer) for _ in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(got), sorted(got) == list(range(N_THREADS * PER)), len(d))

# producer/consumer with a bounded deque and a sentinel count
q = deque()
done = threading.Event()
total = []


def prod():
    for i in range(10000):
        q.append(i)


def cons():
    s = 0
    n = 0
    while n < 10000:
        try:
            s += q.popleft()
            n += 1
        except IndexError:
            pass
    total.append(s)


tp = threading.Thread(target=prod)
tc = threading.Thread(target=cons)
tc.start()
tp.start()
tp.join()
tc.join()
print(total == [sum(range(10000))])

# iterating while another thread mutates: either completes or raises RuntimeError, never crashes
m = deque(range(1000), maxlen=1000)
errors = []


def mutator():
    for i in range(20000):
        m.append(i)


def reader():
    for _ in range(50):
        try:
            for _x in m:
                pass
        except RuntimeError as e:
            errors.append(str(e))


ts = [threading.Thread(target=mutator), threading.Thread(target=reader)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(m), all(e == 'deque mutated during iteration' for e in errors))
