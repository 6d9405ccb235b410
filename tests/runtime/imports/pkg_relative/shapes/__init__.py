print("shapes package init")
from .circle import Circle
from . import square
__version__ = "1.0"
