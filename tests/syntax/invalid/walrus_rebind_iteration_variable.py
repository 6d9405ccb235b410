# stage: symtable (CPython raises this after parsing; ast.parse accepts it)
[i := 0 for i in range(3)]
