# Stress: several producers and consumers on one Queue; nothing lost or
# duplicated.
import queue
import threading

PRODUCERS = 4
CONSUMERS = 4
PER = 1500
STOP = object()

for q in (queue.Queue(), queue.Queue(maxsize=8), queue.SimpleQueue()):
    received = [None] * CONSUMERS

    def producer(k):
        for i in range(PER):
            q.put((k, i))

    def consumer(c):
        mine = []
        while True:
            item = q.get()
            if item is STOP:
                break
            mine.append(item)
        received[c] = mine

    cs = [threading.Thread(target=consumer, args=(c,)) for c in range(CONSUMERS)]
    ps = [threading.Thread(target=producer, args=(k,)) for k in range(PRODUCERS)]
    for t in cs + ps:
        t.start()
    for t in ps:
        t.join()
    for _ in cs:
        q.put(STOP)
    for t in cs:
        t.join()
    allr = []
    in_order = True
    for m in received:
        allr.extend(m)
        last = {}
        for k, i in m:
            if i <= last.get(k, -1):
                in_order = False
            last[k] = i
    print(type(q).__name__, len(allr), len(set(allr)),
          sorted(allr) == [(k, i) for k in range(PRODUCERS) for i in range(PER)],
          "fifo per consumer", in_order)

# PriorityQueue under contention: everything comes out, each consumer sees
# non-decreasing priorities once producers are done
pq = queue.PriorityQueue()
ps = [threading.Thread(target=lambda k=k: [pq.put((i, k)) for i in range(PER)])
      for k in range(PRODUCERS)]
for t in ps:
    t.start()
for t in ps:
    t.join()
outs = [None] * CONSUMERS


def drain(c):
    mine = []
    while True:
        try:
            mine.append(pq.get_nowait())
        except queue.Empty:
            break
    outs[c] = mine


cs = [threading.Thread(target=drain, args=(c,)) for c in range(CONSUMERS)]
for t in cs:
    t.start()
for t in cs:
    t.join()
allo = []
for m in outs:
    allo.extend(m)
print(len(allo), sorted(allo) == sorted((i, k) for k in range(PRODUCERS) for i in range(PER)),
      all(m == sorted(m) for m in outs))

# task_done/join with several workers
jq = queue.Queue()
done_count = [0]
lk = threading.Lock()


def jworker():
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        with lk:
            done_count[0] += 1
        jq.task_done()


ws = [threading.Thread(target=jworker) for _ in range(CONSUMERS)]
for w in ws:
    w.start()
for i in range(PER * 2):
    jq.put(i)
jq.join()
print(done_count[0])
for _ in ws:
    jq.put(None)
jq.join()
for w in ws:
    w.join()
print(jq.unfinished_tasks)
