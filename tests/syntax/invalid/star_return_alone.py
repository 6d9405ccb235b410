# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
def f():
    return *a
