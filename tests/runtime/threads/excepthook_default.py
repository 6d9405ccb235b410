# The default excepthook prints "Exception in thread NAME:" and the
# traceback on stderr; the program continues.
import threading


def boom():
    raise ValueError("boom in thread")


t = threading.Thread(target=boom, name="boomer")
t.start()
t.join()
print("main continues", t.is_alive())
