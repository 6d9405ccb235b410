class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin): pass
class Beta(Plugin, name="bee"): pass
class Gamma(Beta): pass
print(Plugin.registry, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

class Rec:
    a = Field()
    b = Field()
print(Rec.a.name, Rec.b.name)

f = Field()
class Later: pass
Later.c = f
print(hasattr(f, "name"))

class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, "fields:", sorted(k for k in cls.__dict__ if not k.startswith("__")))
class Child(Base):
    x = Field()
    y = 2

class GA:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(GA[int], GA["x"], GA[1, 2])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
try:
    int[3]
except TypeError as e:
    print(type(e).__name__, e)
