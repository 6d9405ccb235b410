# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
await x
