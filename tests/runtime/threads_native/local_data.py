# _thread._local: per-thread attributes; a subclass's __init__ runs once per thread.
import _thread

class Counter(_thread._local):
    inits = 0
    def __init__(self, start):
        Counter.inits += 1
        self.value = start
    def bump(self):
        self.value += 1
        return self.value

c = Counter(10)
plain = _thread._local()
plain.x = "main"
lock = _thread.allocate_lock()
results = []
finished = _thread.allocate_lock()
finished.acquire()
N = 4
def worker(k):
    has = hasattr(plain, "x")
    plain.x = k
    for _ in range(k):
        c.bump()
    with lock:
        results.append((k, has, plain.x, c.value))
        if len(results) == N:
            finished.release()
for k in range(1, N + 1):
    _thread.start_new_thread(worker, (k,))
finished.acquire()
print(sorted(results))
print(plain.x, c.value, Counter.inits)
try:
    _thread._local(1)
except TypeError as e:
    print("TypeError", e)
try:
    del plain.nothere
except AttributeError as e:
    print("AttributeError", e)
print(sorted(plain.__dict__.items()))
