# stage: symtable (CPython raises this after parsing; ast.parse accepts it)
[i for i in (j := range(3))]
