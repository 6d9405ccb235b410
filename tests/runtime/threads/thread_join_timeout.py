# join() with a timeout on a blocked thread, then a normal join.
import threading

release = threading.Event()
state = []


def blocked():
    release.wait()
    state.append("done")


t = threading.Thread(target=blocked)
t.start()
t.join(0.05)
print("after timed join:", t.is_alive(), state)
t.join(timeout=0)
print("after zero join:", t.is_alive())
t.join(-1)
print("after negative join:", t.is_alive())
print("started" in repr(t))
release.set()
t.join()
print("after join:", t.is_alive(), state)
print("stopped" in repr(t))
t.join(1)  # joining a finished thread returns at once
t.join()
print("ok")

# several threads join the same thread
gate = threading.Event()
target = threading.Thread(target=gate.wait)
target.start()
joined = []
lock = threading.Lock()


def joiner(i):
    target.join()
    with lock:
        joined.append(i)


js = [threading.Thread(target=joiner, args=(i,)) for i in range(4)]
for j in js:
    j.start()
print(len(joined))
gate.set()
for j in js:
    j.join()
print(sorted(joined))
