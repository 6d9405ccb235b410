# Queues between threads: blocking get/put, task_done/join.
import queue
import threading

q = queue.Queue(maxsize=3)
results = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            results.append(item * 2)
        q.task_done()


ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for i in range(60):
    q.put(i)  # blocks while the queue holds 3 items
q.join()
print(len(results), sorted(results) == [i * 2 for i in range(60)])
for _ in ws:
    q.put(None)
for w in ws:
    w.join()
print(q.unfinished_tasks, q.empty())

# a get blocked in another thread wakes up on put
lq = queue.LifoQueue()
got = []
t = threading.Thread(target=lambda: got.append(lq.get(timeout=10)))
t.start()
lq.put("wake")
t.join()
print(got)

# a put blocked on a full queue wakes up when space frees
fq = queue.Queue(1)
fq.put("first")
t = threading.Thread(target=lambda: fq.put("second", timeout=10))
t.start()
print(fq.get(timeout=10))
t.join()
print(fq.get(timeout=10), fq.empty())

# SimpleQueue across threads
sq = queue.SimpleQueue()
t = threading.Thread(target=lambda: [sq.put(i) for i in range(100)])
t.start()
vals = [sq.get(timeout=10) for _ in range(100)]
t.join()
print(vals == list(range(100)))
