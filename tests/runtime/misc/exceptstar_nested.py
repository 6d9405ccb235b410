log = []
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("mid", [TypeError("b"), OSError("c")])])
    except* TypeError as e:
        log.append(("T", repr(e)))
    except* OSError as e:
        log.append(("O", repr(e)))
except* ValueError as e:
    log.append(("V", repr(e)))
for x in log:
    print(*x)
def handled():
    try:
        raise ExceptionGroup("all", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        return len(e.exceptions)
print(handled())
