from ..base import Shape
from .. import circle
from .. import __version__ as v
def info():
    return Shape.__name__, circle.Circle.__name__, v, __name__, __package__
