# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
x = 1
from __future__ import division
