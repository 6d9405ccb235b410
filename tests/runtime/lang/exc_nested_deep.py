def level(n, log):
    try:
        if n == 0:
            raise ValueError("bottom")
        try:
            level(n - 1, log)
        finally:
            log.append(f"finally {n}")
    except ValueError as e:
        log.append(f"caught at {n}")
        if n < 3:
            raise RuntimeError(f"wrapped at {n}") from e
    else:
        log.append(f"else {n}")
log = []
try:
    level(5, log)
except RuntimeError as e:
    log.append("top: " + str(e))
print(log)
def mixed():
    out = []
    for i in range(4):
        try:
            try:
                if i == 0:
                    raise KeyError(i)
                if i == 1:
                    raise IndexError(i)
                if i == 2:
                    continue
                out.append("body " + str(i))
            except KeyError:
                out.append("key")
                raise TypeError("converted")
            finally:
                out.append("inner finally " + str(i))
        except TypeError as e:
            out.append("outer " + str(e))
        except IndexError:
            out.append("index")
        else:
            out.append("else " + str(i))
    return out
print(mixed())
def handler_raises_handler():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            try:
                raise TypeError(2)
            except TypeError as t:
                raise KeyError(3) from None
    except KeyError as k:
        return repr(k), repr(k.__context__), k.__suppress_context__, repr(k.__context__.__context__)
print(handler_raises_handler())
def try_in_finally():
    out = []
    try:
        out.append("try")
    finally:
        try:
            raise ValueError("in finally")
        except ValueError as e:
            out.append("handled " + str(e))
    return out
print(try_in_finally())
def return_from_except():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally before returning")
print(return_from_except())
count = 0
def retry(n):
    global count
    for attempt in range(n):
        try:
            count += 1
            if count < 3:
                raise ConnectionError(f"attempt {attempt}")
            return f"ok after {count}"
        except ConnectionError as e:
            print("retrying", e)
    return "gave up"
print(retry(5))
