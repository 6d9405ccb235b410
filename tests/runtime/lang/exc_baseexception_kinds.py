import sys
def run(exc):
    try:
        raise exc
    except Exception as e:
        return "Exception: " + type(e).__name__
    except BaseException as e:
        return "BaseException only: " + type(e).__name__
for exc in [KeyboardInterrupt, SystemExit, GeneratorExit, ValueError, StopIteration, StopAsyncIteration, ArithmeticError, Warning, UserWarning]:
    print(run(exc))
try:
    sys.exit(5)
except SystemExit as e:
    print("exit code", e.code, type(e.code).__name__)
try:
    try:
        raise KeyboardInterrupt("ctrl-c")
    finally:
        print("finally runs for KeyboardInterrupt")
except KeyboardInterrupt as e:
    print("caught", repr(e))
def cleanup_on_exit():
    try:
        raise SystemExit("bye")
    finally:
        print("cleanup")
try:
    cleanup_on_exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code, e.args)
class Custom(BaseException):
    pass
try:
    try:
        raise Custom("custom base")
    except Exception:
        print("not reached")
except BaseException as e:
    print("BaseException subclass escapes except Exception:", e)
print([c.__name__ for c in BaseException.__subclasses__() if c.__name__ in ("Exception", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "BaseExceptionGroup")])
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", UserWarning)
    warnings.warn("old", DeprecationWarning)
print([(type(x.message).__name__, str(x.message)) for x in w])
