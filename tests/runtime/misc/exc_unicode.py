e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(str(e), e.encoding, e.object, e.start, e.end, e.reason)
print(str(UnicodeDecodeError("ascii", b"abc", 0, 3, "bad")))
u = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(str(u))
print(str(UnicodeEncodeError("ascii", "\u20ac", 0, 1, "r")))
print(str(UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "r")))
print(str(UnicodeEncodeError("ascii", "abcd", 0, 3, "r")))
for args in [("utf-8", "str", 0, 1, "r"), ("utf-8", b"x", 0, 1), (1, b"x", 0, 1, "r")]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as ex:
        print(type(ex).__name__, ex)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as ex:
    print(ex)
