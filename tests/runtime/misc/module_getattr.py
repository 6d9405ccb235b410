import sys
ModuleType = type(sys)
m = ModuleType("lazy")
def __getattr__(name):
    if name == "answer":
        return 42
    raise AttributeError(f"module 'lazy' has no attribute {name!r}")
m.__getattr__ = __getattr__
print(m.answer)
try:
    m.other
except AttributeError as e:
    print(e)
print(getattr(m, "answer"), hasattr(m, "zzz"))
def __dir__():
    return ["b", "a"]
m.__dir__ = __dir__
print(dir(m))
