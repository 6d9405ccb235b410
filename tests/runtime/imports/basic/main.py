import os
import helper
import helper as h2
from helper import VALUE, greet as g
print(helper.VALUE, h2 is helper, g("x"), VALUE)
print(helper.__name__, os.path.basename(helper.__file__), type(helper).__name__)
print(__name__, os.path.basename(__file__))
import sys
print("helper" in sys.modules, sys.modules["helper"] is helper)
helper.VALUE = 7
import helper
print(helper.VALUE)
print(sorted(k for k in vars(helper) if not k.startswith("__")))
def local_import():
    import helper as inner
    from helper import _private
    return inner.VALUE, _private
print(local_import())
print(hasattr(helper, "__spec__"), helper.__spec__.name if helper.__spec__ else None)
