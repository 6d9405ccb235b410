# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
match x:
    case y: pass
    case 1: pass
