def run(raise_it):
    log = []
    try:
        log.append("try")
        if raise_it:
            raise ValueError("v")
        log.append("try-end")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run(False))
print(run(True))

def nested():
    log = []
    try:
        try:
            raise KeyError("inner")
        except TypeError:
            log.append("wrong handler")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append("outer caught " + repr(e))
    return log
print(nested())

def multi(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return "tuple " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__
for exc in [TypeError, ValueError("x"), KeyError, IndexError, RuntimeError, ZeroDivisionError]:
    print(multi(exc))

def except_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return "NameError " + str(e)
    except UnboundLocalError as e:
        return "Unbound " + str(e)
print(except_var_cleared())

def else_raises():
    try:
        try:
            pass
        except ValueError:
            print("no")
        else:
            raise ValueError("from else")
    except ValueError as e:
        return "else raised " + str(e)
print(else_raises())

def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally return wins"
print(finally_overrides())

def finally_exception_replaces():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except Exception as e:
        return type(e).__name__, str(e), type(e.__context__).__name__
print(finally_exception_replaces())

def exc_in_handler():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise KeyError("b")
    except KeyError as e:
        return repr(e), repr(e.__context__), e.__suppress_context__
print(exc_in_handler())

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError()
except Exception as e:
    print(repr(e))
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except "notaclass":
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
