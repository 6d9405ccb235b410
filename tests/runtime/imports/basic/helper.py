print("helper imported, __name__ =", __name__)
VALUE = 42
def greet(name):
    return f"hello {name}"
_private = "p"
