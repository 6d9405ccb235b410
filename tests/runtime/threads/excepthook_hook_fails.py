# When threading.excepthook itself raises, Python reports that failure with
# sys.excepthook.
import threading


def bad_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = bad_hook
t = threading.Thread(target=lambda: 1 / 0)
t.start()
t.join()
print("done")
