import sys
ModuleType = type(sys)
print(ModuleType.__name__)
m = ModuleType("mymod")
print(repr(m), m.__name__, m.__doc__)
print(sorted(m.__dict__))
m2 = ModuleType("other", "the doc")
print(m2.__doc__)
m.x = 5
print(m.x, m.__dict__["x"])
try:
    m.missing
except AttributeError as e:
    print(e)
try:
    ModuleType()
except TypeError as e:
    print(e)
try:
    ModuleType(1)
except TypeError as e:
    print(e)
print(repr(sys))
class MyMod(ModuleType):
    def hello(self): return "hi " + self.__name__
mm = MyMod("custom")
print(mm.hello(), isinstance(mm, ModuleType))
m.__file__ = "/x/y.py"
print(repr(m))
print("x" in dir(m))
