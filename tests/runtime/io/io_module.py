import io, _io, os
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.open is open, io.BlockingIOError is BlockingIOError)
for name in ["StringIO", "BytesIO", "TextIOWrapper", "BufferedReader", "BufferedWriter", "FileIO", "IncrementalNewlineDecoder"]:
    print(name, getattr(io, name).__module__)
print(io.IOBase.__mro__[1:], io.TextIOBase.__mro__[1:3])
path = "/tmp/grail_io_module_%d.txt" % os.getpid()
with open(path, "w") as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
    f.write("one\ntwo\n")
with open(path, "rb") as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase), f.readline(), f.tell())
    f.seek(0)
    print(f.read(3), f.tell(), f.seekable())
with open(path, "ab") as f:
    print(type(f).__name__, f.write(b"three\n"))
with open(path) as f:
    print(f.readlines())
with io.open_code(path) as f:
    print(f.read(4))
os.remove(path)
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r", final=True)), d.newlines, d.getstate())
d.reset()
print(d.newlines, io.text_encoding(None), io.text_encoding("utf-8"))
class MyIO(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
m = MyIO()
print("hello", file=m)
print(repr(m.getvalue()), type(m).__name__, isinstance(m, io.StringIO))
class Raw(io.RawIOBase):
    def __init__(self):
        self.data = b"raw bytes"
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
    def readable(self):
        return True
r = Raw()
print(r.read(3), r.read(), r.readable(), r.closed)
r.close()
print(r.closed)
