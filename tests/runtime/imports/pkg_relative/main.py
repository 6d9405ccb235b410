import shapes
from shapes import Circle
from shapes.square import Square
import shapes.sub.deep
from shapes.sub import deep as d2
print(Circle(2).describe(), Square(3).describe())
print(shapes.__version__, shapes.__name__, shapes.circle.__name__, shapes.__package__)
print(shapes.sub.deep.info(), d2 is shapes.sub.deep)
import sys
print(sorted(k for k in sys.modules if k.startswith("shapes")))
print(hasattr(shapes, "__path__"), hasattr(shapes.circle, "__path__"))
try:
    from shapes import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
try:
    import shapes.missing_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import shapes.circle.notapkg
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
