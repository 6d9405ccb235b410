import sys
import counter
import counter
import importlib
print(len(sys.modules["_counter_loads"]))
del sys.modules["counter"]
import counter
print(len(sys.modules["_counter_loads"]))
try:
    import broken
except ValueError as e:
    print(type(e).__name__, e)
print("broken" in sys.modules)
try:
    import broken
except ValueError as e:
    print("again:", type(e).__name__, e)
try:
    import syntaxbad
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.endswith("syntaxbad.py"))
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from counter import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import types
fake = types.ModuleType("fake_mod")
fake.answer = 42
sys.modules["fake_mod"] = fake
import fake_mod
from fake_mod import answer
print(fake_mod is fake, answer)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
m = importlib.import_module("counter")
print(m is sys.modules["counter"])
m2 = __import__("counter")
print(m2 is m)
try:
    importlib.import_module("..x")
except TypeError as e:
    print(type(e).__name__, e)
