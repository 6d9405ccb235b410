def g():
    yield next(me)
me = g()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def stop_inside():
    raise StopIteration("x")
    yield
try:
    next(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
