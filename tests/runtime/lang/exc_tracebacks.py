import traceback, sys
def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
    print(traceback.format_exception_only(type(e), e))
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno) for f in frames])
try:
    {}["k"]
except KeyError:
    print("".join(traceback.format_exception_only(*sys.exc_info()[:2])).strip())
def lines():
    try:
        x = 1
        y = x / 0
    except ZeroDivisionError as e:
        return e.__traceback__.tb_lineno
print(lines())
e = ValueError("no tb")
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None)
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)
try:
    try:
        raise TypeError("a")
    except TypeError as first:
        raise ValueError("b") from first
except ValueError as second:
    text = traceback.format_exception(type(second), second, second.__traceback__)
    print(sum("direct cause" in line for line in text), text[-1].strip())
print(traceback.format_exception_only(SyntaxError, SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 6)))[-1].strip())
