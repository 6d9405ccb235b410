# stage: symtable (CPython raises this after parsing; ast.parse accepts it)
def f():
    x = 1
    global x
