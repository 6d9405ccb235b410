# wait()/as_completed() with futures already in every state.
import concurrent.futures as cf
from concurrent.futures._base import (PENDING, RUNNING, CANCELLED,
                                      CANCELLED_AND_NOTIFIED, FINISHED, Future)
import threading


def make(state=PENDING, exception=None, result=None):
    f = Future()
    f._state = state
    f._exception = exception
    f._result = result
    return f


PENDING_F = make(PENDING)
RUNNING_F = make(RUNNING)
CANCELLED_F = make(CANCELLED)
NOTIFIED_F = make(CANCELLED_AND_NOTIFIED)
EXC_F = make(FINISHED, exception=OSError("os"))
OK_F = make(FINISHED, result=42)
names = {id(PENDING_F): "pending", id(RUNNING_F): "running", id(CANCELLED_F): "cancelled",
         id(NOTIFIED_F): "notified", id(EXC_F): "exception", id(OK_F): "ok"}


def show(fs):
    return sorted(names.get(id(f), "new") for f in fs)


for when in (cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED):
    done, not_done = cf.wait([OK_F, NOTIFIED_F, EXC_F], return_when=when)
    print(when, show(done), show(not_done))

done, not_done = cf.wait([PENDING_F, OK_F], timeout=0.01, return_when=cf.FIRST_COMPLETED)
print(show(done), show(not_done))
done, not_done = cf.wait([PENDING_F, RUNNING_F, CANCELLED_F], timeout=0.01)
print(show(done), show(not_done))
done, not_done = cf.wait([OK_F, PENDING_F, EXC_F], timeout=0.01, return_when=cf.FIRST_EXCEPTION)
print(show(done), show(not_done))

try:
    list(cf.as_completed([NOTIFIED_F, PENDING_F, RUNNING_F, OK_F], timeout=0))
except cf.TimeoutError as e:
    print(type(e).__name__, e)
got = []
try:
    for f in cf.as_completed([NOTIFIED_F, EXC_F, OK_F, PENDING_F], timeout=0):
        got.append(f)
except TimeoutError as e:
    print(show(got), e)
print(show(cf.as_completed([OK_F, OK_F, EXC_F])))
print(EXC_F.exception(), OK_F.result(), NOTIFIED_F.cancelled(), CANCELLED_F.done())

# futures completed from another thread while as_completed / wait block
fs = [Future() for _ in range(5)]
for f in fs:
    names[id(f)] = "new"


def complete_all():
    for i, f in enumerate(fs):
        if i % 2:
            f.set_exception(ValueError(i))
        else:
            f.set_result(i)


t = threading.Timer(0.01, complete_all)
t.start()
order = [f.exception() is None for f in cf.as_completed(fs, timeout=10)]
t.join()
print(sorted(order))

fs2 = [Future() for _ in range(3)]
t = threading.Timer(0.01, lambda: fs2[1].set_exception(KeyError(1)))
t.start()
done, not_done = cf.wait(fs2, timeout=10, return_when=cf.FIRST_EXCEPTION)
t.join()
print(len(done), len(not_done), fs2[1] in done)

fs3 = [Future() for _ in range(3)]
t = threading.Timer(0.01, lambda: [(f.cancel(), f.set_running_or_notify_cancel()) for f in fs3])
t.start()
done, not_done = cf.wait(fs3, timeout=10)
t.join()
print(len(done), len(not_done), all(f.cancelled() for f in done))
