# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
for x in range(10):
    pass
else:
    break
