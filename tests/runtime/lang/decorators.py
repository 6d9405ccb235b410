import functools

def trace(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args, sorted(kwargs.items()))
        r = f(*args, **kwargs)
        print("ret", r)
        return r
    return wrapper

@trace
def add(a, b=0):
    "adds"
    return a + b
add(1, b=2)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(x):
    return "hi " + x
print(hello("bob"))

order = []
def d1(f):
    order.append("d1")
    def w():
        return "d1(" + f() + ")"
    return w
def d2(f):
    order.append("d2")
    def w():
        return "d2(" + f() + ")"
    return w

@d1
@d2
def base():
    return "base"
print(base(), order)

def deco_factory_order(name):
    order.append("factory " + name)
    def deco(f):
        order.append("apply " + name)
        return f
    return deco
order.clear()
@deco_factory_order("a")
@deco_factory_order("b")
def g():
    pass
print(order)

def class_deco(cls):
    cls.added = "yes"
    return cls

@class_deco
class C:
    pass
print(C.added)

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get

@singleton
class S:
    def __init__(self, v):
        self.v = v
print(S(1).v, S(2).v, S(1) is S(3))

# decorator with arbitrary expression (3.9+)
decos = [trace]
@decos[0]
def sq(x):
    return x * x
sq(4)

def count_calls(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@count_calls
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)

class Deco:
    def __init__(self, f):
        self.f = f
    def __call__(self, *a):
        return ("Deco", self.f(*a))
@Deco
def h(x):
    return x + 1
print(h(1))

def method_deco(f):
    def w(self, *a):
        return f(self, *a) * 10
    return w
class M:
    @method_deco
    def val(self, x):
        return x
print(M().val(4))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
