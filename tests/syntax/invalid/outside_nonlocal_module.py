# stage: symtable (CPython raises this after parsing; ast.parse accepts it)
nonlocal x
