# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
*a = 1
