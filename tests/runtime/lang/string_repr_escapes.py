for s in ["plain", "tab\there", "nl\n", "cr\r", "nul\x00", "bell\a", "back\\slash", "quote'", 'dq"', "both'\"",
          "\x7f", "\x80", "\xa0", "\xad", "é", "\u200b", "\u2028", "\ufeff", "中", "\U0001f600", "\ud7ff", "\x1b[0m", "\u0301"]:
    print(repr(s), ascii(s), len(s))
print(repr(b"\x00\x7f\x80\xff'\""), repr(bytearray(b"'")), repr(b'"'), repr(b"'\""))
print("\N{GREEK SMALL LETTER ALPHA}", "\N{SNOWMAN}", "\u00e9".encode("unicode_escape"), "é".encode("raw_unicode_escape"))
print("a\\nb".encode().decode("unicode_escape"), r"\x41".encode().decode("unicode_escape"))
print(str("x\ny"), "%r" % "x\ny", f"{'x'!r:>6}", "{!a}".format("ü"))
