import _io as io  # the C core of io (io.py itself needs abc, hence _weakref)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = io.StringIO("abc")
s.close()
for f in [s.read, s.getvalue, s.tell, lambda: s.seek(0), s.readable, s.isatty, s.flush,
          lambda: s.write("x"), s.readline, lambda: s.closed, lambda: iter(s), s.__enter__,
          lambda: s.newlines, s.fileno, s.detach, lambda: s.truncate(0), lambda: next(s)]:
    t(f)
s = io.StringIO("abc")
for f in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: s.seek(0, 3), lambda: s.seek(1.5),
          lambda: s.read("x"), lambda: s.write(5), lambda: s.write(b"x"), lambda: s.truncate(-1),
          lambda: s.readline(None), lambda: s.read(None), lambda: io.StringIO(5), lambda: io.StringIO(b"x"),
          lambda: io.StringIO(newline="x"), lambda: io.StringIO(newline=5), lambda: s.truncate("a"),
          lambda: io.StringIO("a", "b", "c"), lambda: io.StringIO(foo=1), lambda: s.readlines(2.0),
          lambda: s.fileno(), lambda: s.detach()]:
    t(f)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print("caught as", type(e).__name__, isinstance(e, OSError), isinstance(e, ValueError))
print(io.UnsupportedOperation.__mro__)
