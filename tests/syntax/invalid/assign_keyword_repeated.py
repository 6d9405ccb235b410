# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
f(a=1, a=2)
