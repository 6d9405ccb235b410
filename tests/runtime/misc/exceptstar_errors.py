try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError(1)
    except* 5:
        pass
except TypeError as e:
    print(e)
try:
    raise ExceptionGroup("x", [KeyError(1)])
except* KeyError as e:
    print(type(e).__name__, e.exceptions)
else:
    print("else")
finally:
    print("finally")
