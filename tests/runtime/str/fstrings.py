x, y, name = 42, 3.14159, "héllo"
print(f"{x}", f"{x:5}|", f"{x:<5}|", f"{x:^5}|", f"{x:05}", f"{x:x}", f"{x:#b}", f"{x:,}", f"{x*1000:_}")
print(f"{y:.2f}", f"{y:10.3e}", f"{y!r}", f"{y!s:>10}", f"{name!a}", f"{name:>8}", f"{name!r:^12}")
w, p = 10, 3
print(f"{y:{w}.{p}}|", f"{y:{w}.{p}f}|", f"{name:{'*'}^{w}}", f"{{literal}}", f"{x}{{}}{y:.1f}")
print(f"{'nested' + f'{x}'}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{x if x else 0}", f"{(lambda: 5)()}")
class F:
    def __format__(self, spec): return "F[" + spec + "]"
    def __repr__(self): return "Frepr"
    def __str__(self): return "Fstr"
print(f"{F()}", f"{F():spec}", f"{F()!r}", f"{F()!s}", f"{F()!r:>8}")
print(f"{True}", f"{True:d}", f"{None}", f"{[1, 'a']}", f"{1+2j}", f"{-0.0}", f"{1e16}", f"{2**70}")
try:
    f"{x:s}"
except Exception as e:
    print(type(e).__name__, e)
try:
    f"{name:d}"
except Exception as e:
    print(type(e).__name__, e)
