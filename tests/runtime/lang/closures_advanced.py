def bank():
    balance = 0
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient")
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = bank()
dep(100); wd(30)
print(get(), dep.__closure__[0] is get.__closure__[0])
try:
    wd(1000)
except ValueError as e:
    print(e)
def gen_closures():
    out = []
    x = 0
    for i in range(3):
        x = i
        out.append(lambda: x)
    return [f() for f in out]
print(gen_closures())
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80), len(slow_fib.cache))
def class_closure():
    secret = "hidden"
    class Holder:
        def reveal(self):
            return secret
        @property
        def prop(self):
            return secret.upper()
    return Holder()
h = class_closure()
print(h.reveal(), h.prop)
def modify_after():
    v = "before"
    f = lambda: v
    v = "after"
    return f()
print(modify_after())
def closure_in_generator():
    n = 0
    def bump():
        nonlocal n
        n += 1
    def gen():
        while n < 3:
            yield n
            bump()
    return list(gen())
print(closure_in_generator())
def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1
print(deep(1)(2)(3)(4), deep.__code__.co_cellvars, deep(1).__code__.co_freevars)
def cell_types():
    x = 1
    def f():
        return x
    return type(f.__closure__[0]).__name__
print(cell_types())
def counter_factory():
    counts = {}
    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    return count
c = counter_factory()
print([c("a"), c("b"), c("a"), c("a")])
def nonlocal_loop():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(nonlocal_loop())
adders = {}
for name, inc in [("one", 1), ("ten", 10)]:
    def make(inc=inc):
        return lambda x: x + inc
    adders[name] = make()
print(adders["one"](5), adders["ten"](5))
