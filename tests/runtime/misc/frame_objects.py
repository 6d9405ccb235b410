import sys
def outer():
    x = 1
    return inner()
def inner():
    y = 2
    f = sys._getframe() if hasattr(sys, "_getframe") else None
    return f
def via_exception():
    a = "local"
    try:
        raise ValueError("v")
    except ValueError as e:
        return e.__traceback__
tb = via_exception()
fr = tb.tb_frame
print(type(tb).__name__, type(fr).__name__)
print(fr.f_code.co_name, fr.f_locals["a"], fr.f_globals is globals(), fr.f_builtins["len"] is len)
print(tb.tb_lineno, fr.f_back is None or type(fr.f_back).__name__)
print(tb.tb_next, isinstance(tb.tb_lasti, int))
def chain():
    def lvl2():
        raise KeyError("k")
    lvl2()
try:
    chain()
except KeyError as e:
    t = e.__traceback__
    names = []
    while t is not None:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)
    t = e.__traceback__
    print([t.tb_lineno - t.tb_next.tb_lineno])
