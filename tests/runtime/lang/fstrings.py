name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n!r} {name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#b}")
print(f"{pi:.2f}|{pi:10.3f}|{pi:e}|{pi:.3e}|{pi:g}|{pi:%}|{0.5:.0%}|{1234567.891:,.2f}|{1234567:_}")
print(f"{name:*^11}|{name:.3}|{name:>8.2}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|{name:{'>'}{w}}")
print(f"{n=}, {name=!r}, {pi=:.2f}, {n + 1 = }")
print(f"{{literal braces}} {{{n}}}")
print(f"{'nested ' + f'{n}'}")
print(f"{[1, 2, 3][1]} {dict(a=1)['a']} {(lambda x: x * 2)(4)}")
print(f"{n if n > 40 else 0}")
print(f"""triple {name}
second line {n}""")
print(rf"raw \n {name}", fr"{n}\t")
d = {"key": "value"}
print(f"{d['key']}")
print(f"{3.0:.1f} {-0.0:.1f} {1e100:.2e} {float('inf'):f} {float('nan'):F}")
print(f"{12:#o} {255:08b} {-5:04d} {5:=+5d} {-3.5:010.2f}")
print(f"{True} {None} {b'x'} {1+2j}")
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
    def __repr__(self):
        return "F-repr"
print(f"{F()} {F():abc} {F()!r} {F()!r:>10}")
import datetime
print(f"{datetime.date(2020, 1, 2):%Y/%m/%d}")
try:
    f"{n:z}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{name:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{n:.2s}"
except ValueError as e:
    print(type(e).__name__, e)
print(f"{'a' 'b'}", f"{n}" f"{n}" "plain")
print(f"{n:{'x'}}", f"{ n }", f"{(n)}")
items = ["x", "y"]
print(f"{', '.join(items)}", f"{len(items):03}")
print(f"{n!r:>6}|{name!r:^10}|")
print(format(1234.5678, ",.1f"), format(0.000123, ".2g"), format(123456789, "e"), format(-1, "x"))
print(format(7, "c") if False else format(65, "c"), format(3, "*<4"), format("s", "^5"))
