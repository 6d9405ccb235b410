# add_done_callback, initializer and thread names.
import concurrent.futures as cf
import threading

calls = []
lock = threading.Lock()


def cb(tag):
    def inner(fut):
        with lock:
            if fut.cancelled():
                calls.append((tag, "cancelled"))
            elif fut.exception() is not None:
                calls.append((tag, "raised", type(fut.exception()).__name__))
            else:
                calls.append((tag, fut.result()))
    return inner


f = cf.Future()
f.add_done_callback(cb("a"))
f.add_done_callback(cb("b"))
print(calls)
f.set_result(42)
print(calls)
f.add_done_callback(cb("late"))
print(calls[-1])
calls.clear()
g = cf.Future()
g.add_done_callback(cb("c"))
g.cancel()
h = cf.Future()
h.add_done_callback(cb("d"))
h.set_exception(OSError("x"))
print(calls)

inits = []


def init(tag, n):
    with lock:
        inits.append((tag, n, threading.current_thread().name))


with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="P",
                           initializer=init, initargs=("hello", 7)) as ex:
    gate = threading.Event()
    arrived = [0]

    def meet():
        with lock:
            arrived[0] += 1
            if arrived[0] == 3:
                gate.set()
        gate.wait(10)
        return threading.current_thread().name

    names = sorted(f.result() for f in [ex.submit(meet) for _ in range(3)])
    calls.clear()
    futs = [ex.submit(pow, 2, i) for i in range(6)]
    for i, fu in enumerate(futs):
        fu.add_done_callback(cb(i))
print(names)
print(sorted(inits))
print(sorted(calls))
