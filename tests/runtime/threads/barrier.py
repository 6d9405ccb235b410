# Barrier: round trips, action, timeouts, abort, reset, attributes.
import threading

N = 4
ROUNDS = 5
actions = []
b = threading.Barrier(N, action=lambda: actions.append(1))
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()


def runner():
    mine = []
    for r in range(ROUNDS):
        mine.append((r, b.wait()))
    with lock:
        indices.extend(mine)


ts = [threading.Thread(target=runner) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for r in range(ROUNDS):
    print(r, sorted(i for (rr, i) in indices if rr == r))
print(len(actions), b.broken, b.n_waiting)

# a timeout breaks the barrier for everybody
b2 = threading.Barrier(3, timeout=0.05)
errors = []


def lone():
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__)


t = threading.Thread(target=lone)
t.start()
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    errors.append(type(e).__name__)
t.join()
print(errors, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("still broken", type(e).__name__, isinstance(e, RuntimeError))
b2.reset()
print(b2.broken, b2.n_waiting)

# reset frees usable barrier again
res = []


def two(bar):
    res.append(bar.wait(5) in (0, 1))


b3 = threading.Barrier(2)
t = threading.Thread(target=two, args=(b3,))
t.start()
two(b3)
t.join()
print(res)

# abort wakes a waiting thread with BrokenBarrierError
b4 = threading.Barrier(2)
out = []


def abort_victim():
    try:
        b4.wait()
        out.append("passed")
    except threading.BrokenBarrierError:
        out.append("broken")


t = threading.Thread(target=abort_victim)
t.start()
while b4.n_waiting == 0:
    threading.Event().wait(0.001)
print("n_waiting", b4.n_waiting)
b4.abort()
t.join()
print(out, b4.broken)

# reset while a thread waits: it gets BrokenBarrierError, barrier usable after
b5 = threading.Barrier(2)
out = []
t = threading.Thread(target=abort_victim)
b4 = b5
t.start()
while b5.n_waiting == 0:
    threading.Event().wait(0.001)
b5.reset()
t.join()
print(out, b5.broken)
res = []
t = threading.Thread(target=two, args=(b5,))
t.start()
two(b5)
t.join()
print(res)

# an action that raises breaks the barrier; the raiser sees the exception
def bad_action():
    raise ZeroDivisionError("in action")


b6 = threading.Barrier(2, action=bad_action)
seen = []


def member():
    try:
        b6.wait()
        seen.append("ok")
    except threading.BrokenBarrierError:
        seen.append("BrokenBarrierError")
    except ZeroDivisionError as e:
        seen.append("ZeroDivisionError " + str(e))


t = threading.Thread(target=member)
t.start()
member()
t.join()
print(sorted(seen), b6.broken)
