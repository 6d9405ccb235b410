log = []

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, sorted(kw)))
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__"))))
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw.get("extra", None)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(("call", cls.__name__, a))
        return super().__call__(*a, **k)

class Foo(metaclass=Meta, extra="E"):
    def method(self):
        return self.injected
    def __init__(self, v):
        self.v = v

for entry in log:
    print(entry)
log.clear()
f = Foo(7)
print(log, f.v, f.method(), Foo.extra, type(Foo).__name__)

class Sub(Foo):
    pass
print(type(Sub).__name__, Sub.extra, log[-2:])

class Registry(type):
    classes = []
    def __new__(m, name, bases, ns):
        c = super().__new__(m, name, bases, ns)
        m.classes.append(name)
        return c
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)

class Ordered(type):
    def __new__(m, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("_")]
        return super().__new__(m, name, bases, ns)
class Rec(metaclass=Ordered):
    z = 1
    a = 2
    m = 3
print(Rec.fields)

class MetaAttr(type):
    def hello(cls):
        return "hello from " + cls.__name__
    @property
    def upper(cls):
        return cls.__name__.upper()
class WithMeta(metaclass=MetaAttr): pass
print(WithMeta.hello(), WithMeta.upper)
try:
    WithMeta().hello()
except AttributeError as e:
    print(type(e).__name__, e)

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

class M3(M1): pass
class C(metaclass=M3): pass
class AC(A, C): pass
print(type(AC).__name__)

Dyn = Meta("Dyn", (), {"x": 1})
print(Dyn.x, type(Dyn).__name__)
print(type(type), type(int), type(object))
print(isinstance(Foo, type), isinstance(Foo, Meta))

class SingletonMeta(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Single(metaclass=SingletonMeta):
    def __init__(self, x):
        self.x = x
print(Single(1).x, Single(2).x)
