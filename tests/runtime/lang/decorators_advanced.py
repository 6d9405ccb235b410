import functools
def log_calls(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            print(prefix, fn.__qualname__, len(a), [x for x in a if isinstance(x, int)])
            return fn(*a, **k)
        return wrapper
    return deco
class Service:
    @log_calls("[method]")
    def run(self, x):
        return x * 2
    @classmethod
    @log_calls("[classmethod]")
    def create(cls, v):
        return cls.__name__ + str(v)
    @staticmethod
    @log_calls("[static]")
    def util(v):
        return -v
    @property
    @log_calls("[property]")
    def value(self):
        return 42
s = Service()
print(s.run(3), Service.create(1), s.util(5), s.value)
print(Service.run.__name__, Service.run.__wrapped__.__qualname__)
def add_method(name, value):
    def deco(cls):
        setattr(cls, name, lambda self: value)
        return cls
    return deco
@add_method("hello", "hi")
@add_method("bye", "ciao")
class Greeter:
    pass
print(Greeter().hello(), Greeter().bye())
def dataclass_like(cls):
    fields = [k for k, v in cls.__annotations__.items()]
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    return cls
@dataclass_like
class Pt:
    x: int
    y: int
print(Pt(1, 2))
def returns_other(cls):
    return "replaced"
@returns_other
class Gone:
    pass
print(Gone)
def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def w(**kw):
            for k, t in types.items():
                if not isinstance(kw.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kw)
        return w
    return deco
@validate(a=int, b=str)
def combine(a, b):
    return b * a
print(combine(a=2, b="x"))
try:
    combine(a="2", b="x")
except TypeError as e:
    print(type(e).__name__, e)
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
    def __get__(self, obj, owner):
        return functools.partial(self, obj) if obj is not None else self
class UsesCounter:
    @CountCalls
    def m(self, v):
        return v + 1
u = UsesCounter()
print(u.m(1), u.m(2), UsesCounter.m.n, UsesCounter.m.__name__)
def deco_with_optional_args(fn=None, *, tag="default"):
    if fn is None:
        return lambda f: deco_with_optional_args(f, tag=tag)
    @functools.wraps(fn)
    def w():
        return f"{tag}:{fn()}"
    return w
@deco_with_optional_args
def a():
    return "a"
@deco_with_optional_args(tag="custom")
def b():
    return "b"
print(a(), b())
