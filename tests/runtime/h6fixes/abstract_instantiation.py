# Instantiating classes with __abstractmethods__.
import abc

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", type(r).__name__)

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @abc.abstractmethod
    def stop(self): ...

class Half(Base):
    def run(self): return 1

class Full(Half):
    def stop(self): return 2

show("Base", Base)
show("Half", Half)
show("Full", Full)
print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Full.__abstractmethods__))

class Manual:
    pass
show("Manual", Manual)
Manual.__abstractmethods__ = frozenset({"x"})
show("Manual abstract", Manual)
Manual.__abstractmethods__ = frozenset()
show("Manual cleared", Manual)
Manual.__abstractmethods__ = frozenset({"a", "b"})
class SubManual(Manual):
    pass
show("SubManual", SubManual)
del Manual.__abstractmethods__
show("Manual deleted", Manual)
show("object", object)
show("int", int)
show("abstractmethods of type", lambda: type.__abstractmethods__)
show("abstractmethods of int", lambda: int.__abstractmethods__)
