def outer():
    x = 1
    y = "s"
    def inner():
        return x, y
    return inner
i = outer()
print(len(i.__closure__), type(i.__closure__[0]).__name__)
print([c.cell_contents for c in i.__closure__])
print(i.__code__.co_freevars, outer.__code__.co_cellvars)
i.__closure__[0].cell_contents = 99
print(i())
def empty():
    if False:
        z = 1
    def use():
        return z
    return use
u = empty()
try:
    u.__closure__[0].cell_contents
except ValueError as e:
    print(type(e).__name__, e)
try:
    u()
except NameError as e:
    print(type(e).__name__, e)
