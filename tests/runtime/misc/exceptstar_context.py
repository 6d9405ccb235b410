def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("handling", type(e).__name__, e.exceptions)
        try:
            raise KeyError("inner")
        except KeyError:
            print("inner handled")
    except* TypeError as e:
        print("handling T", e.exceptions)
f()
def g():
    caught = []
    for exc in [ValueError("x"), ExceptionGroup("eg", [ValueError("y")])]:
        try:
            raise exc
        except* ValueError as e:
            caught.append((type(e).__name__, [str(x) for x in e.exceptions]))
    return caught
print(g())
def h():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    return "after"
print(h())
