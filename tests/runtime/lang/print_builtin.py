import sys, io
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="|\n")
print(1, 2.5, None, True, [1], (2,), {"k": "v"}, sep=";")
print("no newline", end="")
print(" continued")
print(end="")
print("x", sep=None, end=None)
buf = io.StringIO()
print("to buffer", 42, file=buf)
print("second", file=buf, end="")
print(repr(buf.getvalue()))
print("flush", flush=True)
print("stderr line", file=sys.stderr)
print(file=None)
for bad in [lambda: print(sep=5), lambda: print(end=[]), lambda: print(file=5), lambda: print(bogus=1)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return "S-str"
print(S(), [S()][0], str(S()))
print("unicode: é 中 😀", "tab\tsep")
print(*"spread")
sys.stdout.write("direct write\n")
print("%s" % "percent", f"{'fstring'}")
