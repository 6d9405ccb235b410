def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e}) cause={type(e.__cause__).__name__} ctx={type(e.__context__).__name__} sup={e.__suppress_context__}")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    for c in chain:
        print("  ", c)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print("explicit cause:")
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    print("implicit context:")
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden") from None
except ValueError as e:
    print("from None:")
    show(e)
    print("  context still set:", type(e.__context__).__name__)

try:
    raise RuntimeError("outer") from KeyError("cause-not-raised")
except RuntimeError as e:
    print("from fresh instance:", repr(e.__cause__), e.__context__)

try:
    raise RuntimeError("cls") from KeyError
except RuntimeError as e:
    print("from class:", repr(e.__cause__))

def three_levels():
    try:
        try:
            try:
                raise KeyError("a")
            except KeyError:
                raise IndexError("b")
        except IndexError:
            raise TypeError("c")
    except TypeError as e:
        show(e)
three_levels()

e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = "bad"
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e.__context__ = 5
except TypeError as ex:
    print(type(ex).__name__, ex)

def self_context():
    err = ValueError("same")
    try:
        try:
            raise err
        except ValueError:
            raise err
    except ValueError as e:
        return e.__context__ is None
print("reraise same obj context None:", self_context())

try:
    try:
        raise KeyError(1)
    except KeyError as k:
        try:
            raise ValueError(2)
        except ValueError:
            pass
        raise
except KeyError as e:
    print("bare raise keeps original:", repr(e), e.__context__)

tb_check = None
try:
    raise ValueError("tb")
except ValueError as e:
    tb_check = e.__traceback__
print(type(tb_check).__name__, tb_check.tb_lineno > 0)
print(ValueError("x").with_traceback(None).__traceback__)
