# stage: symtable (CPython raises this after parsing; ast.parse accepts it)
from __future__ import braces
