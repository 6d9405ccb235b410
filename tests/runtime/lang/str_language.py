s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], len(s), s * 2, s + "!", "lo" in s, "xyz" not in s)
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.find("o"), s.rfind("o"), s.index("W"), s.count("l"))
print(s.split(", "), s.replace("l", "L", 2), s.startswith(("He", "x")), s.endswith("d"), s.strip("Hd"))
print("  pad  ".strip(), "  pad  ".lstrip(), "  pad  ".rstrip() + "|", "x".center(5, "*"), "7".zfill(3), "ab".ljust(4, "."))
print(",".join(["a", "b", "c"]), "a-b-c".split("-", 1), "a b  c".split(), "l1\nl2\r\nl3".splitlines(), "abc".partition("b"))
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), " ".isspace(), "Ab".istitle(), "ab".islower(), "AB".isupper(), "".isalpha())
print(ord("a"), chr(98), "é".encode("utf-8"), "\u00e9" == "é", "ß".upper(), "İ".lower(), len("İ".lower()))
print(sorted("hello"), list("abc"), "".join(reversed("abc")), str(123) + "4", "%s" % 5, repr("it's"))
for bad in [lambda: s[100], lambda: s.index("zz"), lambda: "a" + 1, lambda: s.__setitem__(0, "h"), lambda: "x" * "y", lambda: ",".join([1, 2])]:
    try:
        bad()
    except (IndexError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
t = "abc"
t += "def"
print(t, "abc" == "ab" + "c", "a" < "b" < "ba", max("abc"), min("cab"))
for i, ch in enumerate("héllo"):
    print(i, ch, end="; ")
print()
print("中文字符"[1:3], len("😀😀"), "😀😀"[1], "naïve".upper(), "ﬁ".upper(), "Straße".casefold())
print("tab\tend".expandtabs(4), "a\\b", "line\\n", r"\d+", "\x41", "\101", "\u0041")
print("{}-{}".format("a", "b"), "abc".translate(str.maketrans("ab", "xy")), "hello world".capitalize())
print("a,b,,c".split(","), "".split(","), "".split(), "  ".split(" "), "abc".split("abc"))
print("x".join("abc"), "abcabc".replace("", "-"), "aaa".replace("a", "b", 0), "abab".removeprefix("ab"), "abab".removesuffix("b"))
print(str(), str(None), str(b"x"), str(1.0), str([1, "a"]), str((1,)), str({"k": "v"}), str(Ellipsis))
print("%d items" % 3, "%-4s|" % "ab", "a" "b" "c", ("multi"
      "line"))
print(hash("abc") == hash("ab" + "c"), "abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1))
