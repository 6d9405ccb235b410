# ThreadPoolExecutor submit/result/map/as_completed/wait.
import concurrent.futures as cf
import threading


def square(x):
    return x * x


def fail(x):
    raise ValueError("bad %d" % x)


print(cf.TimeoutError is TimeoutError, issubclass(cf.CancelledError, cf.Future) is False)
print(issubclass(cf.BrokenExecutor, RuntimeError), issubclass(cf.InvalidStateError, Exception))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    g = ex.submit(fail, 3)
    try:
        g.result()
    except ValueError as e:
        print("result raised", type(e).__name__, e)
    print(type(g.exception()).__name__, g.exception(timeout=1))
    kw = ex.submit(lambda a, b=0: a - b, 10, b=4)
    print(kw.result(timeout=5))
    print(list(ex.map(square, range(12))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    print(list(ex.map(square, [], timeout=1)))
    it = ex.map(fail, [1, 2])
    try:
        next(it)
    except ValueError as e:
        print("map raised", e)
    fs = [ex.submit(square, i) for i in range(10)]
    print(sorted(x.result() for x in cf.as_completed(fs)))
    print(len(list(cf.as_completed(fs + fs))))
    done, not_done = cf.wait(fs)
    print(len(done), len(not_done))
    r = cf.wait(fs, timeout=5, return_when=cf.FIRST_COMPLETED)
    print(len(r.done) >= 1, type(r).__name__)
    bad = [ex.submit(fail, 1)] + fs
    r = cf.wait(bad, return_when=cf.FIRST_EXCEPTION)
    print(len(r.done) >= 1, len(r.done) + len(r.not_done))
    try:
        cf.wait(fs, return_when="SOMETIMES")
    except ValueError as e:
        print(type(e).__name__)
    names = ex.submit(lambda: threading.current_thread().name).result()
    print(names.startswith("ThreadPoolExecutor-"), "_" in names)

# waiting on futures that are still running
gate = threading.Event()
with cf.ThreadPoolExecutor(2, thread_name_prefix="pool") as ex:
    slow = ex.submit(gate.wait, 10)
    quick = ex.submit(square, 5)
    r = cf.wait([slow, quick], return_when=cf.FIRST_COMPLETED)
    print(quick in r.done, slow in r.not_done)
    r = cf.wait([slow], timeout=0.02)
    print(len(r.done), len(r.not_done))
    try:
        slow.result(timeout=0.02)
    except cf.TimeoutError as e:
        print("timeout", type(e).__name__)
    try:
        for x in cf.as_completed([slow, quick], timeout=0.05):
            print("as_completed yielded", x is quick)
    except TimeoutError as e:
        print(type(e).__name__, e)
    try:
        list(ex.map(gate.wait, [10], timeout=0.02))
    except TimeoutError as e:
        print("map timeout", type(e).__name__)
    gate.set()
    print(slow.result(), slow.running())
    print(ex.submit(lambda: threading.current_thread().name).result().startswith("pool_"))

# errors
for kwargs in ({"max_workers": 0}, {"max_workers": -1}):
    try:
        cf.ThreadPoolExecutor(**kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print(type(e).__name__, e)
ex = cf.ThreadPoolExecutor(1)
ex.shutdown()
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(type(e).__name__, e)
