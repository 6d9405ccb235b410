from withall import *
print(public, Exported.__name__)
try:
    also_public_but_not_listed
except NameError as e:
    print(type(e).__name__, e)
from noall import *
print(x, y, fn())
try:
    _private
except NameError as e:
    print(type(e).__name__, e)
try:
    from badall import *
except AttributeError as e:
    print(type(e).__name__, e)
def f():
    exec("from noall import *")
print(sorted(n for n in dir() if not n.startswith("__")))
