print("before")
def f():
    raise ExceptionGroup("top", [ValueError("a"), TypeError("b")])
f()
