eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(type(eg).__name__, eg.message, eg.exceptions, eg.args)
print(str(eg), repr(eg))
print(str(ExceptionGroup("one", [ValueError()])))
beg = BaseExceptionGroup("b", [ValueError()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg2).__name__, isinstance(beg2, Exception))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
tests = [
    lambda: ExceptionGroup("m", 1),
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup("m", [1]),
    lambda: ExceptionGroup("m", [ValueError(), 2]),
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("m"),
    lambda: ExceptionGroup("m", [ValueError()], 3),
    lambda: ExceptionGroup("m", [ValueError()], x=1),
    lambda: BaseExceptionGroup("m", {ValueError()}),
    lambda: ExceptionGroup("m", {"a": ValueError()}),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
t = ExceptionGroup("tuple", (ValueError(),))
print(t.exceptions, t.args)
try:
    eg.message = "x"
except AttributeError as e:
    print(type(e).__name__, e)
