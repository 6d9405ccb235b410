b = b"hello world"
print(b[0], b[-1], b[:5], b[::2], len(b), b.upper(), b.split(), b.replace(b"l", b"L"))
print(b + b"!", b * 2, b"x" in b, 111 in b, b.find(b"o"), b.count(b"l"), b.startswith(b"he"))
print(bytes(3), bytes([1, 2, 255]), bytes("é", "utf-8"), bytes(range(5)), bytes.fromhex("de ad"))
print(b.decode(), "é".encode(), "é".encode("latin-1"), b"abc".hex(), list(b"ab"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(68)
ba += b"E"
ba.extend([70])
print(ba, len(ba), ba.pop(), bytes(ba), ba[1:3])
del ba[0]
print(ba, ba == b"bcDE", b"abc" < b"abd", b"" == bytearray())
for fn in [lambda: bytes([256]), lambda: bytes([-1]), lambda: b"a" + "b", lambda: ba.__setitem__(0, 300),
           lambda: bytes("x"), lambda: b"\xff".decode(), lambda: b"a"[5], lambda: "a" + b"b"]:
    try:
        fn()
    except (ValueError, TypeError, IndexError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
print(b"%d-%s-%x" % (5, b"s", 255), b"a,b,,c".split(b","), b" x ".strip(), b"-".join([b"a", b"b"]))
print(repr(b"\t\n\r\x00\\'\""), repr(bytes([127, 128])), b"abc".isalpha(), b"123".isdigit())
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"abc"[1:2] == b"b", type(b[0]).__name__)
mv = memoryview(b"xyz")
print(mv[0], bytes(mv[1:]), len(mv), mv.tobytes())
