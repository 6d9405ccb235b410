def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))
run(ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)]))
run(ValueError("naked"))
try:
    run(ExceptionGroup("g", [ValueError(1), KeyError(2)]))
except ExceptionGroup as e:
    print("rest", repr(e))
try:
    run(KeyError("k"))
except KeyError as e:
    print("naked rest", repr(e))
