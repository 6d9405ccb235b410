def t1():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
try:
    t1()
except ExceptionGroup as e:
    print("t1", repr(e))
def t2():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
try:
    t2()
except ExceptionGroup as e:
    print("t2", repr(e), [repr(x) for x in e.exceptions])
def t3():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        raise
try:
    t3()
except ExceptionGroup as e:
    print("t3", repr(e))
def t4():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
try:
    t4()
except ExceptionGroup as e:
    print("t4", repr(e))
def t5():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise TypeError("only")
try:
    t5()
except TypeError as e:
    print("t5", repr(e))
except ExceptionGroup as e:
    print("t5 group", repr(e))
