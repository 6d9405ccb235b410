# Each thread starts with its own (empty) context; Context.run in threads.
import _contextvars as cv
import _thread
import time

v = cv.ContextVar('v', default='unset')
v.set('main')
out = {}
lock = _thread.allocate_lock()
done = []
ctx = cv.copy_context()


def worker(i):
    before = v.get()
    v.set('t%d' % i)
    time.sleep(0.01)
    after = v.get()
    c = cv.copy_context()
    inner = c.run(lambda: (v.set('inner'), v.get())[1])
    with lock:
        out[i] = (before, after, inner, v.get(), c[v])
        done.append(i)


for i in range(4):
    _thread.start_new_thread(worker, (i,))
while len(done) < 4:
    time.sleep(0.01)
for i in sorted(out):
    print(i, out[i])
print(v.get())


def in_ctx():
    return v.get()


res = []


def runner():
    try:
        res.append(ctx.run(in_ctx))
    except RuntimeError as e:
        res.append('RuntimeError')
    done.append(9)


_thread.start_new_thread(runner, ())
while 9 not in done:
    time.sleep(0.01)
print(res)
