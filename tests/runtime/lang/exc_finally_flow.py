def ret_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_finally())

def ret_override():
    try:
        return "try"
    finally:
        return "finally"
print(ret_override())

def loop_break_finally():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_break_finally())

def loop_continue_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_continue_finally())

def break_in_finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "swallowed", i
print(break_in_finally_swallows())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            out.append(i)
            continue
    return out
print(continue_in_finally())

def return_in_finally_in_loop():
    for i in range(10):
        try:
            pass
        finally:
            if i == 3:
                return i
print(return_in_finally_in_loop())

def nested_finally():
    out = []
    try:
        try:
            try:
                return "inner"
            finally:
                out.append("f1")
        finally:
            out.append("f2")
    finally:
        out.append("f3")
        print(out)
print(nested_finally())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                return n
        finally:
            pass
print(while_finally())

def exc_value_in_finally():
    import sys
    try:
        raise KeyError("k")
    except KeyError:
        pass
    finally:
        print("exc_info in finally:", sys.exc_info()[0])
exc_value_in_finally()

def finally_sees_return_value():
    x = 1
    try:
        return x
    finally:
        x = 2
print(finally_sees_return_value())

def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in generator_finally():
    print("got", v)
    break
print("after break")

def try_except_in_loop():
    res = []
    for x in [1, 0, 2, "a", 4]:
        try:
            res.append(10 // x)
        except ZeroDivisionError:
            res.append("zero")
            continue
        except TypeError:
            res.append("type")
            break
        else:
            res.append("ok")
        finally:
            res.append("|")
    return res
print(try_except_in_loop())
