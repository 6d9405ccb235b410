# Non-daemon threads are joined before the atexit callbacks run.
import atexit
import threading
import time

atexit._clear()
done = []


def work():
    time.sleep(0.2)
    done.append(1)
    print("thread finished")


atexit.register(lambda: print("callback sees thread done:", done == [1]))
t = threading.Thread(target=work)
t.start()
print("main done")
