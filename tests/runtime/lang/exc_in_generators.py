def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen caught", e)
        yield "recovered"
    finally:
        print("gen finally")
g = gen()
print(next(g))
print(g.throw(ValueError("v")))
try:
    next(g)
except StopIteration:
    print("stopped")

def raises_midway():
    yield 1
    raise KeyError("midway")
try:
    for v in raises_midway():
        print("value", v)
except KeyError as e:
    print("loop got", repr(e))

def context_preserved():
    try:
        raise TypeError("outer")
    except TypeError:
        yield "in handler"
        raise ValueError("after yield")
g = context_preserved()
next(g)
try:
    next(g)
except ValueError as e:
    print("context:", repr(e.__context__))

def gen_exit_finally():
    try:
        yield
    finally:
        print("finally at close")
g = gen_exit_finally()
next(g)
del g
import gc
gc.collect()
print("after del")

def genexit_type():
    try:
        yield
    except GeneratorExit as e:
        print("GeneratorExit is BaseException:", isinstance(e, BaseException), not isinstance(e, Exception))
        raise
g = genexit_type()
next(g)
g.close()

def returns_in_finally():
    try:
        yield 1
    finally:
        return "finally value"
g = returns_in_finally()
next(g)
try:
    g.throw(KeyError)
except StopIteration as e:
    print("StopIteration value", e.value)

def exc_in_genexpr():
    return list(1 // x for x in [1, 0])
try:
    exc_in_genexpr()
except ZeroDivisionError as e:
    print("genexpr propagated", e)

def yield_in_except():
    try:
        raise KeyError("a")
    except KeyError as e:
        yield repr(e)
    yield "after"
print(list(yield_in_except()))

def throw_traceback():
    yield
g = throw_traceback()
next(g)
try:
    g.throw(ValueError, ValueError("instance"), None)
except ValueError as e:
    print("3-arg throw", e)
