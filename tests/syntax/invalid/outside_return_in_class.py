# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
class C:
    return 1
