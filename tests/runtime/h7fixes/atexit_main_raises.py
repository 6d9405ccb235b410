# An uncaught exception in the main program: traceback, then the callbacks,
# exit status 1 (stderr's last line is the main exception's).
import atexit

atexit._clear()


def cb():
    print("callback after the traceback")


atexit.register(cb)
print("main")
raise ValueError("main failed")
