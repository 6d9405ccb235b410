# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
match x:
    case [a, a]: pass
