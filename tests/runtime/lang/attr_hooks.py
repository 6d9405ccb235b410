class Fallback:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("x"):
            return "virtual " + name
        raise AttributeError(f"no {name}")
f = Fallback()
print(f.real, f.xyz)
try:
    f.abc
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, "abc", "default"), hasattr(f, "abc"), hasattr(f, "x1"))

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
l = Logged()
l.a = 1
_ = l.a
del l.a
try:
    l.a
except AttributeError as e:
    print(type(e).__name__, e)
print(l.log)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "getattr:" + name
print(Both().boom, Both().other)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, n, v):
        raise AttributeError(f"cannot set {n}")
fr = Frozen(3)
print(fr.v)
try:
    fr.v = 4
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(fr, "w", 1)
except AttributeError as e:
    print(type(e).__name__, e)

class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))

class Rec:
    def __getattr__(self, name):
        return self.__dict__.get("_" + name, None)
r = Rec()
r._q = 5
print(r.q, r.missing)

print(getattr(1, "real"), getattr("s", "upper")())
try:
    getattr(1, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
o = type("O", (), {})()
setattr(o, "dyn", 7)
print(o.dyn)
delattr(o, "dyn")
print(hasattr(o, "dyn"))
try:
    delattr(o, "dyn")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
