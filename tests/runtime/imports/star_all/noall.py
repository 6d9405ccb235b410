import os as _os
x = 10
y = 20
_private = 30
def fn():
    return "fn"
