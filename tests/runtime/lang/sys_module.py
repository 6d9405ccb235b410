import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_module.py"))
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.version).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"))
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(type(sys.path).__name__, type(sys.stdout).__name__ != "", sys.stdout.write("written\n"))
sys.stdout.write("no newline")
sys.stdout.write("\n")
print("to stdout", file=sys.stdout)
print(sys.float_info.max > 1e300, sys.float_info.epsilon, sys.int_info.bits_per_digit in (15, 30))
print(isinstance(sys.platform, str), sys.getrecursionlimit() > 0)
try:
    sys.exit(0) if False else None
except SystemExit:
    pass
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit caught", e.code, repr(e))
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit caught", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit caught", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
print(sys.exc_info() == (None, None, None))
print(sys.intern("abc") == "abc", sys.getsizeof(1) > 0 if hasattr(sys, "getsizeof") else True)
print(callable(sys.exit), sys.__name__)
