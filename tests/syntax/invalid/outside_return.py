# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
def f():
    pass
return 1
