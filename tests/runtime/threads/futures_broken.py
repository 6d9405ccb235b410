# A failing initializer makes the pool broken; CPython logs the failure.
import concurrent.futures as cf
from concurrent.futures.thread import BrokenThreadPool


def bad_init():
    raise ValueError("init failed")


ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(pow, 2, 3)
try:
    f.result(timeout=10)
except BrokenThreadPool as e:
    print(type(e).__name__, e)
try:
    ex.submit(pow, 2, 3)
except BrokenThreadPool as e:
    print("submit:", type(e).__name__, isinstance(e, cf.BrokenExecutor))
ex.shutdown()
print("done")
