# Condition: producer/consumer, wait timeouts, wait_for, notify errors.
import threading

cond = threading.Condition()
items = []
consumed = []
N = 200


def producer(base):
    for i in range(N):
        with cond:
            items.append(base + i)
            cond.notify()


def consumer(count):
    got = []
    for _ in range(count):
        with cond:
            while not items:
                cond.wait()
            got.append(items.pop(0))
    with cond:
        consumed.extend(got)


cs = [threading.Thread(target=consumer, args=(N,)) for _ in range(2)]
ps = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(2)]
for t in cs + ps:
    t.start()
for t in cs + ps:
    t.join()
print(len(consumed), sorted(consumed) == sorted(list(range(N)) + list(range(1000, 1000 + N))))

# wait with a timeout and nobody notifying
with cond:
    print(cond.wait(0.01))
    print(cond.wait(0))
    print(cond.wait(timeout=-1))

# wait_for
state = {"v": 0}
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2.wait_for(lambda: state["v"] == 0))
    print(c2.wait_for(lambda: state["v"] == 1, timeout=0.02))


def setter():
    for i in range(1, 6):
        with c2:
            state["v"] = i
            c2.notify_all()


t = threading.Thread(target=setter)
with c2:
    t.start()
    print(c2.wait_for(lambda: state["v"] >= 5, timeout=5))
t.join()

# errors when the lock is not held
for name, call in (("wait", lambda: c2.wait(0)), ("notify", c2.notify),
                   ("notify_all", c2.notify_all)):
    try:
        call()
    except RuntimeError as e:
        print(name, type(e).__name__, e)

# notify_all wakes every waiter; notify(n) wakes n
lk = threading.RLock()
c3 = threading.Condition(lk)
c3main = threading.Condition(lk)
woken = []
ready = [0]


def waiter(i):
    with c3:
        ready[0] += 1
        c3main.notify()
        c3.wait()
        woken.append(i)
        c3main.notify()


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
with c3:
    c3main.wait_for(lambda: ready[0] == 5)
    c3.notify(2)
with c3:
    c3main.wait_for(lambda: len(woken) == 2, timeout=5)
    print(len(woken))
    c3.notify_all()
for w in ws:
    w.join()
print(sorted(woken))

# a Condition over an RLock held twice releases it fully while waiting
rc = threading.Condition(threading.RLock())
flag = []


def poke():
    with rc:
        flag.append(1)
        rc.notify()


with rc:
    with rc:
        t = threading.Thread(target=poke)
        t.start()
        print(rc.wait_for(lambda: flag, timeout=5))
t.join()
print(flag)
