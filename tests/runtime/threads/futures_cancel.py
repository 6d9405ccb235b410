# Cancelling pending futures and shutdown(cancel_futures=True).
import concurrent.futures as cf
import threading

gate = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    gate.wait(10)
    return "blocker done"


ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocker)
started.wait(10)
pending = [ex.submit(pow, 2, i) for i in range(4)]
print(first.running(), [f.running() for f in pending])
print(first.cancel(), pending[0].cancel(), pending[0].cancel())
print(pending[0].cancelled(), pending[0].done(), pending[1].cancelled())
try:
    pending[0].result()
except cf.CancelledError as e:
    print(type(e).__name__, isinstance(e, cf._base.Error))
try:
    pending[0].exception()
except cf.CancelledError as e:
    print("exception():", type(e).__name__)
gate.set()
print(first.result(), [f.result() for f in pending[1:]])
done, not_done = cf.wait(pending)
print(len(done), len(not_done))
ex.shutdown()

# shutdown(cancel_futures=True) cancels everything not yet started
gate2 = threading.Event()
started2 = threading.Event()


def blocker2():
    started2.set()
    gate2.wait(10)
    return 1


ex = cf.ThreadPoolExecutor(max_workers=1)
running = ex.submit(blocker2)
started2.wait(10)
queued = [ex.submit(pow, 3, i) for i in range(5)]
t = threading.Thread(target=lambda: ex.shutdown(wait=True, cancel_futures=True))
t.start()
while not all(f.cancelled() for f in queued):
    threading.Event().wait(0.001)
gate2.set()
t.join()
print(running.result(), [f.cancelled() for f in queued])

# cancel on a standalone Future and the states it goes through
f = cf.Future()
print(repr(f).endswith("state=pending>"), f.cancel(), repr(f).endswith("state=cancelled>"))
print(f.set_running_or_notify_cancel())
f = cf.Future()
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(5)
print(f.result(), repr(f).endswith("state=finished returned int>"))
for call in (lambda: f.set_result(6), lambda: f.set_exception(ValueError())):
    try:
        call()
    except cf.InvalidStateError as e:
        print(type(e).__name__, str(e).split(":")[0])
g = cf.Future()
g.set_exception(KeyError("k"))
print(repr(g).endswith("state=finished raised KeyError>"), type(g.exception()).__name__)
