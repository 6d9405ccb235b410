# Semaphore and BoundedSemaphore.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
print(s.acquire(timeout=0.01))
s.release()
print(s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
for args, kwargs in (((-1,), {}),):
    try:
        threading.Semaphore(*args, **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.release(0)
except ValueError as e:
    print(type(e).__name__, e)
with threading.Semaphore(1) as got:
    print("with", got)

z = threading.Semaphore(0)
print(z.acquire(blocking=False))
t = threading.Thread(target=z.release)
t.start()
print(z.acquire(timeout=5))
t.join()

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print(type(e).__name__, e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print(type(e).__name__, e)
b.release(2)
print(b.acquire(False), b.acquire(False), b.acquire(False))

# at most 2 threads inside at once
limit = threading.BoundedSemaphore(2)
guard = threading.Lock()
inside = [0]
peak = [0]
done = [0]


def worker():
    for _ in range(50):
        with limit:
            with guard:
                inside[0] += 1
                if inside[0] > peak[0]:
                    peak[0] = inside[0]
            with guard:
                inside[0] -= 1
                done[0] += 1


ts = [threading.Thread(target=worker) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak[0] <= 2, done[0], inside[0])
