import nspkg.mod
print(nspkg.mod.VALUE)
print(nspkg.__file__ if getattr(nspkg, "__file__", None) else "no __file__")
print(type(nspkg.__path__).__name__ != "", list(nspkg.__path__)[0].endswith("nspkg"))
from nspkg import mod
print(mod is nspkg.mod, mod.__name__, mod.__package__)
