import sys

def bare_raise():
    try:
        raise ValueError("orig")
    except ValueError:
        raise

try:
    bare_raise()
except ValueError as e:
    print("re-raised:", e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def reraise_outside():
    try:
        raise KeyError("k")
    except KeyError as e:
        saved = e
    raise saved
try:
    reraise_outside()
except KeyError as e:
    print("raise saved:", repr(e))

def nested_handler_bare():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise   # re-raises ValueError
try:
    nested_handler_bare()
except Exception as e:
    print("after nested:", type(e).__name__, e)

def exc_info_demo():
    print(sys.exc_info())
    try:
        raise IndexError("idx")
    except IndexError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None)
        try:
            raise KeyError("inner")
        except KeyError:
            print("inner:", sys.exc_info()[0].__name__)
        print("restored:", sys.exc_info()[0].__name__)
    print(sys.exc_info())
exc_info_demo()
print(sys.exception() if hasattr(sys, "exception") else "no sys.exception in 3.11")

def handler_calls_function():
    def helper():
        return sys.exc_info()[1]
    try:
        raise ValueError("visible")
    except ValueError:
        return helper()
print(repr(handler_calls_function()))

def raise_in_finally_bare():
    try:
        raise ValueError("v")
    finally:
        pass
try:
    raise_in_finally_bare()
except ValueError as e:
    print("finally passes through:", e)

def raise_type_instantiates():
    try:
        raise KeyError
    except KeyError as e:
        return type(e).__name__, e.args
print(raise_type_instantiates())

class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a = a
try:
    raise WithInit
except TypeError as e:
    print(type(e).__name__, e)

def generator_exc_state():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = generator_exc_state()
print(next(g))
print(sys.exc_info()[0])
print(next(g))
