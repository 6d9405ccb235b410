# Event set/clear/wait.
import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01), e.wait(timeout=-1))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

start = threading.Event()
results = []
lock = threading.Lock()


def waiter(i):
    ok = start.wait(10)
    with lock:
        results.append((i, ok))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
print(len(results))
start.set()
for t in ts:
    t.join()
print(sorted(results))

# ping-pong between two threads with two events
ping, pong = threading.Event(), threading.Event()
log = []


def player():
    for i in range(20):
        ping.wait()
        ping.clear()
        log.append("pong%d" % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(20):
    log.append("ping%d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(len(log), log[:4], log[-2:])
