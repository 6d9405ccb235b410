import _io as io  # the C core of io (io.py itself needs abc, hence _weakref)
b = io.BytesIO(b"line1\nline2\nrest")
print(b.readline(), b.read(3), b.tell(), b.read())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines(), b.readlines())
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.write(memoryview(b"f")), b.getvalue())
b.seek(10)
b.write(b"Z")
print(b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(-1, 1), b.read1(), b.seek(0), b.read1(2))
buf = bytearray(4)
b.seek(0)
print(b.readinto(buf), buf)
print(b.truncate(2), b.getvalue(), b.tell())
b.writelines([b"x", b"y"])
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())
with io.BytesIO(b"q") as c:
    print(c.read(), c.closed)
print(c.closed, iter(c) is c)
print(isinstance(b, io._BufferedIOBase), isinstance(b, io._IOBase), isinstance(b, io._TextIOBase))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = io.BytesIO(b"abc")
for f in [lambda: b.seek(-1), lambda: b.seek(-10, 1), lambda: b.seek(0, 3), lambda: b.seek(1.5),
          lambda: b.read("x"), lambda: b.write(5), lambda: b.write("s"), lambda: b.truncate(-1),
          lambda: io.BytesIO(5), lambda: io.BytesIO("s"), lambda: b.seek(-10, 2), lambda: b.tell(),
          lambda: b.fileno()]:
    t(f)
b.close()
for f in [b.read, b.getvalue, b.tell, lambda: b.seek(0), b.readable, b.isatty, b.flush,
          lambda: b.write(b"x"), b.readline, lambda: b.closed, b.__enter__, lambda: next(b)]:
    t(f)
