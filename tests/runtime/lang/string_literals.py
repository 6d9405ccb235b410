print('single', "double", '''triple single''', """triple double""")
print("esc: \\ \' \" \a\b\f\v|".encode(), len("\n\r\t"))
print("\x41\101\u0042\U00000043\N{LATIN SMALL LETTER E WITH ACUTE}")
print(r"raw\n\t\\", R"RAW\x", len(r"\n"))
print("implicit" " concat" ' works')
print("multi\
line continuation")
print(b"bytes \x00\xff", B"B", rb"raw\bytes", br"\n")
print(list(b"abc"), b"a"[0], bytes([65, 66]), bytearray(b"hi"))
print("tab\there", "nul\0end".encode(), "\1\12\123")
print(u"unicode prefix", "中文", len("中文"), "😀", len("😀"), "😀".encode("utf-8"))
s = """line1
line2
	tabbed"""
print(s.split("\n"))
print("a" "b" == "ab", "x" * 3, "-" * 0, "" * 10)
print('it\'s', "say \"hi\"", '"', "'")
print("\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print(ascii("\x7f\x80\xff"), repr("\ud800") if False else "skip surrogate")
print(b"\x80".hex(), "%c" % 97, "%5s|%-5s|" % ("a", "b"), "%d %i %x %o %e %f %g" % (10, 11, 255, 8, 1.5, 2.5, 0.0001))
print("%(name)s is %(age)d" % {"name": "Al", "age": 3}, "%%", "%r" % "q", "%.2s" % "abc", "%*d" % (5, 42))
print(b"%s %d" % (b"x", 5), b"abc".upper(), b"a,b".split(b","))
print("abc"[::-1], "abcdef"[1:5:2], "abc"[-1], "abc"[5:], "abc"[-10:2])
