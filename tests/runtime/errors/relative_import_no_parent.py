print("start")
from . import sibling
