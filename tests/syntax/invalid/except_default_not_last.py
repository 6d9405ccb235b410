# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
try:
    pass
except:
    pass
except A:
    pass
