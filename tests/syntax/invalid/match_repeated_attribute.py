# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
match x:
    case C(a=1, a=2): pass
