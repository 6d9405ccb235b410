print("%s|%5s|%-5s|%.2s" % ("abc", "ab", "ab", "abc"))
print("%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.2E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001234, 1e20))
print("%x|%X|%#x|%o|%#o|%c|%c|%%|%r|%a" % (255, 255, 255, 8, 8, 65, "z", "s", "é"))
print("%(a)s-%(b)03d" % {"a": "x", "b": 7}, "%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"))
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 1), ("%c", "ab"), ("%d", [])]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x} {y[0]} {z.real}".format(x=1, y=[2], z=3j))
print("{:>6}|{:<6}|{:^6}|{:*^7}|{:08.3f}|{:,}|{:_x}|{:+.1e}".format("r", "l", "c", "m", 3.14159, 10 ** 9, 2 ** 20, 12345.0))
print("{0!r} {0!s} {0!a}".format("é"), "{{}} {}".format(5), "{:%}".format(0.25), "{:.0f}".format(2.5))
print("{:b} {:o} {:x} {:X} {:#b} {:c} {:n}".format(5, 8, 255, 255, 5, 97, 1234))
print("{:10} | {:<10} | {:10}".format("str", 5, 5.5), "{:=+8d}".format(42), "{: d}".format(7))
for fmt, args in [("{}", ()), ("{0} {}", (1, 2)), ("{a}", ()), ("{:d}", ("s",)), ("{!x}", (1,)), ("{", ()), ("}", ())]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print("{:.3}".format("abcdef"), "{:.3}".format(3.14159), "{:g}".format(100000000.0), "{:.2g}".format(0.000123))
print(format(True, "d"), format(True), format(None), format(3, ""), format(1.0), format(1e16), format(1.5, "10"))
print(str.format("{} and {}", "x", "y"), "a{}b".format(None), "{0[1][0]}".format([[1], ["n"]]))
