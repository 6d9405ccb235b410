# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
x = *a
