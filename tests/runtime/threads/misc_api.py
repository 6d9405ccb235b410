# Module-level API odds and ends of threading.
import threading
import _thread


def tracer(frame, event, arg):
    return None


print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
t = threading.Thread(target=lambda: None)
t.start()
t.join()
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())

print(threading.stack_size())
print(threading.local is _thread._local, threading.Lock is _thread.allocate_lock)
print(threading.get_ident is _thread.get_ident)
print(sorted(threading.__all__))

e = threading.Event()
print(repr(e).startswith("<threading.Event at 0x"), repr(e).endswith(": unset>"))
e.set()
print(repr(e).endswith(": set>"))
s = threading.Semaphore(3)
print(repr(s).startswith("<threading.Semaphore at 0x"), repr(s).endswith(": value=3>"))
b = threading.BoundedSemaphore(2)
b.acquire()
print(repr(b).endswith(": value=1/2>"))
bar = threading.Barrier(3)
print(repr(bar).endswith(": waiters=0/3>"))
bar.abort()
print(repr(bar).endswith(": broken>"))
c = threading.Condition(threading.Lock())
print(repr(c).startswith("<Condition(<unlocked _thread.lock object at "), repr(c).endswith(", 0)>"))
print(type(threading.RLock()).__name__ in ("RLock", "_PyRLock"))
print(threading.current_thread().native_id == threading.get_native_id())
print(threading.main_thread().is_alive())
