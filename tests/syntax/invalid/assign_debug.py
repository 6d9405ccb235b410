# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
__debug__ = 1
