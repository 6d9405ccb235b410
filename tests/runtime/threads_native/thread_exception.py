# An exception escaping a _thread thread is reported ("Exception ignored in
# thread started by") and does not stop the program; SystemExit is silent.
import _thread, sys

done = _thread.allocate_lock()
def fails():
    try:
        raise ValueError("boom in thread")
    finally:
        done.release()
def exits():
    done.release()
    raise SystemExit(3)
for f in (exits, fails):
    done.acquire()
    _thread.start_new_thread(f, ())
    done.acquire()
    done.release()
import time
time.sleep(0.2)
print("main continues")
