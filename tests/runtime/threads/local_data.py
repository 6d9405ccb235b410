# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.x = "main"
seen = {}
lock = threading.Lock()
go = threading.Barrier(4)


def body(i):
    had = hasattr(data, "x")
    data.x = i
    data.items = [i]
    go.wait()  # everybody has set its value before anybody reads
    for _ in range(100):
        data.items.append(data.x)
    with lock:
        seen[i] = (had, data.x, len(data.items), set(data.items) == {i})


ts = [threading.Thread(target=body, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print(data.x, hasattr(data, "items"))


class Counter(threading.local):
    def __init__(self, start):
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


c = Counter(10)
c.bump()
results = []


def use():
    results.append(c.bump())


t = threading.Thread(target=use)
t.start()
t.join()
print(c.value, results)
print(isinstance(c, threading.local))
del data.x
print(hasattr(data, "x"))
