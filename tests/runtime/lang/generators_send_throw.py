def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = accumulator()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)

g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught in gen:", e)
        except GeneratorExit:
            print("closing")
            raise
g = catcher()
next(g)
print(g.throw(ValueError("boom")))
print(g.throw(ValueError, "as args") if False else g.throw(ValueError("again")))
g.close()
print(g.close())
try:
    next(g)
except StopIteration:
    print("closed generator stops")

def not_caught():
    yield 1
    yield 2
g = not_caught()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("dead after throw")

g = not_caught()
try:
    g.throw(IndexError("before start"))
except IndexError as e:
    print("thrown before start:", e)

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def close_returns():
    try:
        yield 1
    finally:
        print("cleanup")
g = close_returns()
next(g)
g.close()
g = close_returns()
g.close()
print("close on unstarted: no cleanup printed")

def throw_then_yield():
    try:
        yield 1
    except Exception as e:
        yield "handled " + type(e).__name__
    yield "end"
g = throw_then_yield()
next(g)
print(g.throw(TypeError))
print(next(g))

def two_way():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    yield received
g = two_way()
print(next(g), g.send("a"), g.send("b"), g.send("c"))

def stopiter_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stopiter_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def next_on_exhausted():
    it = iter([])
    yield next(it)
try:
    list(next_on_exhausted())
except RuntimeError as e:
    print(type(e).__name__, e)
