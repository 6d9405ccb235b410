# queue.Queue / LifoQueue / PriorityQueue / SimpleQueue semantics.
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (3, 1, 4, 1, 5, 9, 2, 6):
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), q.full(), q.maxsize)
    print([q.get() for _ in range(8)], q.empty())

pq = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (3, "a"), (1, "a")]:
    pq.put_nowait(item)
print([pq.get_nowait() for _ in range(4)])

sq = queue.SimpleQueue()
for x in "abc":
    sq.put(x)
sq.put_nowait("d")
print(sq.qsize(), sq.empty(), [sq.get(), sq.get_nowait(), sq.get(False), sq.get(timeout=1)], sq.empty())
for call in (sq.get_nowait, lambda: sq.get(timeout=0.01), lambda: sq.get(block=False)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(str(e)))
try:
    sq.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)

# bounded queues
q = queue.Queue(maxsize=2)
q.put(1)
q.put(2, block=False)
print(q.full(), q.qsize())
for call in (lambda: q.put_nowait(3), lambda: q.put(3, timeout=0.01),
             lambda: q.put(3, False)):
    try:
        call()
    except queue.Full as e:
        print("Full", type(e).__name__, repr(str(e)))
try:
    q.put(3, timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(q.get(), q.get())
for call in (q.get_nowait, lambda: q.get(timeout=0.01), lambda: q.get(False, 5)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", type(e).__name__)
try:
    q.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)

# negative or zero maxsize means unbounded; negative timeout ignored then
u = queue.Queue(-1)
for i in range(100):
    u.put(i, timeout=-1)
print(u.full(), u.qsize())

# task_done / join
tq = queue.Queue()
try:
    tq.task_done()
except ValueError as e:
    print(type(e).__name__, e)
tq.put("x")
print(tq.unfinished_tasks)
tq.get()
tq.task_done()
tq.join()
print("joined", tq.unfinished_tasks)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Queue[int] is not None, queue.SimpleQueue[str] is not None)

# a Queue used as FIFO for many items keeps order
big = queue.Queue()
for i in range(1000):
    big.put(i)
out = []
while not big.empty():
    out.append(big.get())
print(out == list(range(1000)))
