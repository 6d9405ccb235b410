e = SyntaxError("bad thing", ("/a/b/file.py", 3, 5, "text line\n"))
print(str(e), e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(SyntaxError("m", ("f.py", None, 1, "t"))))
print(str(SyntaxError("m", (None, 4, 1, "t"))))
print(str(SyntaxError("m", (None, None, 1, "t"))))
print(str(SyntaxError("only")), SyntaxError("only").filename)
print(str(SyntaxError()), SyntaxError().msg)
e6 = SyntaxError("m", ("f", 1, 2, "t", 3, 4))
print(e6.end_lineno, e6.end_offset)
for args in [("m", ("f", 1)), ("m", ("f", 1, 2, "t", 3)), ("m", 5)]:
    try:
        SyntaxError(*args)
    except TypeError as ex:
        print(type(ex).__name__, ex)
try:
    compile("x = = 1", "<src>", "exec")
except SyntaxError as ex:
    print(ex.msg, ex.lineno, ex.filename)
print(IndentationError("i", ("f.py", 2, 1, "x")))
