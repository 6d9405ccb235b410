def f():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from V")
    except* TypeError:
        raise OSError("from T")
try:
    f()
except ExceptionGroup as e:
    print(repr(e))
    print([type(x).__name__ for x in e.exceptions])
    last = e.exceptions[-1]
    print(type(last).__name__, repr(last))
def g():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError as ve:
        raise ve
try:
    g()
except ExceptionGroup as e:
    print(repr(e), [repr(x) for x in e.exceptions])
