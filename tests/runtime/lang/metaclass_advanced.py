class Validated(type):
    def __new__(mcls, name, bases, ns):
        for k, v in ns.items():
            if k.startswith("check_") and not callable(v):
                raise TypeError(f"{name}.{k} must be callable")
        return super().__new__(mcls, name, bases, ns)
class Model(metaclass=Validated):
    def check_x(self): pass
try:
    class BadModel(metaclass=Validated):
        check_y = 5
except TypeError as e:
    print(type(e).__name__, e)
class Pooled(type):
    def __call__(cls, *args):
        key = (cls, args)
        pool = cls.__dict__.get("_pool")
        if pool is None:
            cls._pool = pool = {}
        if args not in pool:
            pool[args] = super().__call__(*args)
        return pool[args]
class Conn(metaclass=Pooled):
    def __init__(self, host):
        print("connecting", host)
        self.host = host
a, b, c = Conn("x"), Conn("x"), Conn("y")
print(a is b, a is c)
class AutoRepr(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        fields = ns.get("fields", ())
        def __repr__(self):
            return f"{name}(" + ", ".join(f"{f}={getattr(self, f, None)!r}" for f in fields) + ")"
        cls.__repr__ = __repr__
        return cls
    def __repr__(cls):
        return f"<model {cls.__name__}>"
    def __len__(cls):
        return len(cls.fields)
    def __iter__(cls):
        return iter(cls.fields)
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"
class User(metaclass=AutoRepr):
    fields = ("name", "age")
u = User()
u.name = "ann"
print(u, User, len(User), list(User), User["q"])
class Tracking(type):
    count = 0
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Tracking.count += 1
        cls.order = Tracking.count
class T1(metaclass=Tracking): pass
class T2(T1): pass
class T3(T2): pass
print(T1.order, T2.order, T3.order, Tracking.count)
def function_metaclass(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)
class F(metaclass=function_metaclass):
    pass
print(F.made_by, type(F).__name__)
class WithKw(type):
    def __new__(mcls, name, bases, ns, flag=False):
        cls = super().__new__(mcls, name, bases, ns)
        cls.flag = flag
        return cls
    def __init__(cls, name, bases, ns, flag=False):
        super().__init__(name, bases, ns)
class K1(metaclass=WithKw, flag=True): pass
class K2(K1): pass
print(K1.flag, K2.flag)
class MetaBool(type):
    def __bool__(cls):
        return False
class Falsy(metaclass=MetaBool): pass
print(bool(Falsy), "truthy" if Falsy else "falsy")
class MetaEq(type):
    def __eq__(cls, other):
        return True
    __hash__ = type.__hash__
class E1(metaclass=MetaEq): pass
print(E1 == int, E1 != int)
print(type.__prepare__("x", ()), type(type.__prepare__("x", ())).__name__)
class OrderedPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class LoggingDict(dict):
            def __setitem__(self, k, v):
                if not k.startswith("__"):
                    print("define", k)
                super().__setitem__(k, v)
        return LoggingDict()
class Logged(metaclass=OrderedPrepare):
    a = 1
    def b(self): pass
    a = 2
print(Logged.a)
