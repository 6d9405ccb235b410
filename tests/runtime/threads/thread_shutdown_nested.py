# Non-daemon threads that start further threads are all waited for at exit.
import threading
import time

lock = threading.Lock()
log = []


def leaf(n):
    time.sleep(0.01)
    with lock:
        log.append(n)
        if len(log) == 4:
            print("last leaf", sorted(log))


def branch():
    time.sleep(0.01)
    for n in range(4):
        threading.Thread(target=leaf, args=(n,)).start()


threading.Thread(target=branch).start()
print("main exits first")
