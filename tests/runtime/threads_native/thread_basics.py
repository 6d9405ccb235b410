# _thread: starting threads, identities, locks, RLock, errors (CPython's messages).
import _thread, time

done = _thread.allocate_lock()
done.acquire()
out = {}
def worker(a, b, c=0):
    out["args"] = (a, b, c)
    out["ident_differs"] = _thread.get_ident() != main_ident
    out["native"] = isinstance(_thread.get_native_id(), int)
    done.release()
main_ident = _thread.get_ident()
tid = _thread.start_new_thread(worker, (1, 2), {"c": 3})
done.acquire()
print(sorted(out.items()), isinstance(tid, int))

for bad in [(1, ()), (worker, [1, 2]), (worker, (1, 2), 5)]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError", e)

l = _thread.allocate_lock()
print(type(l).__name__, l.locked(), l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
for args, kw in [((False, 1), {}), ((True, -2), {}), ((), {"timeout": -5})]:
    try:
        l.acquire(*args, **kw)
    except ValueError as e:
        print("ValueError", e)
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
with l:
    print("in with", l.locked())
print("after with", l.locked())
print(_thread.LockType is type(l), _thread.error is RuntimeError, _thread.TIMEOUT_MAX)

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

def other_release():
    try:
        r.release()
    except RuntimeError as e:
        out["rl"] = str(e)
    done.release()
r.acquire()
_thread.start_new_thread(other_release, ())
done.acquire()
print(out["rl"], r._is_owned())
r.release()

try:
    _thread.stack_size(1000)
except ValueError as e:
    print("ValueError", e)
print(_thread.stack_size())
