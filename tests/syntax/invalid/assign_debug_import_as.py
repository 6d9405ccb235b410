# stage: compiler (CPython raises this after parsing; ast.parse accepts it)
import a as __debug__
