# Lock and RLock semantics and their errors.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())
try:
    lock.acquire(False, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print(type(e).__name__, e)

# another thread cannot take a held lock; a plain lock may be released by
# another thread
lock.acquire()
got = []
t = threading.Thread(target=lambda: got.append(lock.acquire(timeout=0.02)))
t.start()
t.join()
print(got)
t = threading.Thread(target=lock.release)
t.start()
t.join()
print(lock.locked())

# RLock
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
other = []


def try_other():
    other.append(r.acquire(blocking=False))
    try:
        r.release()
    except RuntimeError as e:
        other.append((type(e).__name__, str(e)))


t = threading.Thread(target=try_other)
t.start()
t.join()
print(other)
r.release()
t = threading.Thread(target=try_other)
other.clear()
t.start()
t.join()
print(other[0])
r2 = threading.RLock()
try:
    r2.release()
except RuntimeError as e:
    print(type(e).__name__, e)
with r2:
    with r2:
        print("nested with ok")
print(r2.acquire(blocking=False))
r2.release()

# mutual exclusion: a lock-protected read-modify-write from 4 threads
counter = [0]
m = threading.Lock()


def bump():
    for _ in range(2000):
        with m:
            counter[0] = counter[0] + 1


ts = [threading.Thread(target=bump) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter[0])
