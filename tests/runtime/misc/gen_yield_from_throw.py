def inner():
    try:
        yield 1
    except ValueError:
        print("inner handled")
        yield 2
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    except KeyError:
        print("outer handled KeyError")
        yield 99
g = outer()
print(next(g))
print(g.throw(ValueError))
print(g.throw(KeyError))
g2 = outer()
next(g2)
g2.close()
print("closed")
