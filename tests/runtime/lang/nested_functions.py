def outer(n):
    def helper(k):
        if k == 0:
            return []
        return helper(k - 1) + [k]
    return helper(n)
print(outer(5))

def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

def curry(f):
    def c(a):
        def d(b):
            return f(a, b)
        return d
    return c
print(curry(lambda a, b: a - b)(10)(3))

def qualnames():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
print(qualnames.__qualname__, qualnames().__qualname__, qualnames()().__qualname__)
print(qualnames().__name__)

def mutual(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)
    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n), is_odd(n)
print(mutual(10), mutual(7))

def make_fns():
    fns = {}
    def register(name):
        def deco(f):
            fns[name] = f
            return f
        return deco
    @register("a")
    def fa():
        return "A"
    @register("b")
    def fb():
        return "B"
    return sorted((k, v()) for k, v in fns.items())
print(make_fns())

def doc():
    "docstring here"
    return 1
print(doc.__doc__, doc.__name__, doc.__module__)
def nodoc():
    x = 1
print(nodoc.__doc__)
doc.attr = 5
print(doc.attr, doc.__dict__)

def annotated(a: int, b: "str" = "x") -> list:
    pass
print(annotated.__annotations__)
