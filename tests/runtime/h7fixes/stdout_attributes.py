# sys.stdout/stderr/stdin as io.TextIOWrapper objects: types, attributes, methods.
import io
import sys

print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.TextIOWrapper),
      isinstance(sys.stdout, io.IOBase), isinstance(sys.stderr, io.TextIOBase),
      isinstance(sys.stdin, io.TextIOBase))
print(isinstance(sys.stdout, io.RawIOBase), isinstance(sys.stdout, io.BufferedIOBase))
print(type(sys.stdout).__name__, type(sys.stdout).__module__, type(sys.stderr).__name__, type(sys.stdin).__name__)
print(issubclass(type(sys.stdout), io.TextIOBase))
print(sys.stdout.write("hello\n"))
print(sys.stdout.write(""), sys.stdout.write("héllo wörld\n"))
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding)
print(sys.stderr.errors)
print(sys.stdout.line_buffering in (True, False), sys.stdout.writable(), sys.stdout.readable(),
      sys.stdin.readable(), sys.stdin.writable(), sys.stderr.writable())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.isatty() in (True, False))
print(sys.stdout.flush())
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.closed, sys.stdout.newlines)
sys.stdout.writelines(["a\n", "b", "c\n"])
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(repr(sys.stdout), repr(sys.stderr))
for f in [lambda: sys.stdout.write(b'x'), lambda: sys.stdout.write(),
          lambda: sys.stdout.write("a", "b"), lambda: sys.stdout.writelines([1]),
          lambda: sys.stdin.write("x")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
# the binary layer
b = sys.stdout.buffer
print(type(b).__name__, isinstance(b, io.BufferedIOBase), isinstance(b, io.BufferedWriter))
sys.stdout.flush()
print(b.write(b'bytes!\n'), b.write(bytearray(b'ba\n')), b.write(memoryview(b'mv\n')))
b.flush()
print(b.name, b.mode, b.writable(), b.readable(), b.fileno(), b.closed)
print(repr(b))
print(sys.stdin.buffer.readable(), sys.stdin.buffer.writable(), sys.stdin.buffer.mode)
try:
    b.write("str")
except Exception as e:
    print(type(e).__name__, e)
print("mixed", end=" ")
sys.stdout.flush()
sys.stdout.buffer.write("ünïcode\n".encode())
sys.stdout.buffer.flush()
print("done")
print(sys.stdout.reconfigure(), sys.stdout.reconfigure(encoding='utf-8'), sys.stderr.reconfigure(encoding='UTF-8'))
try:
    sys.stdout.reconfigure('utf-8')
except Exception as e:
    print(type(e).__name__, e)
