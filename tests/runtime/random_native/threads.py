# One Random shared by several threads: every draw comes from the one stream.
import _random
import _thread
import time

r = _random.Random(77)
expected = sorted(_random.Random(77).getrandbits(32) for _ in range(4000))
results = []
lock = _thread.allocate_lock()
done = []


def worker():
    mine = [r.getrandbits(32) for _ in range(1000)]
    with lock:
        results.extend(mine)
        done.append(1)


for _ in range(4):
    _thread.start_new_thread(worker, ())
while len(done) < 4:
    time.sleep(0.01)
print(len(results), sorted(results) == expected)
