for b in [b'', b'abc', b'ABC', b'Abc', b'123', b'a1', b' \t', b'Hello World', b'hello world', b'\x80', b'A1 B']:
    print(b, b.isalpha(), b.isdigit(), b.isalnum(), b.isspace(), b.islower(), b.isupper(), b.istitle(), b.isascii())
