# Equality and hashing of cast views (compare unpacked items and shapes).


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


b = bytes(range(16))
m = memoryview(b)
t(lambda: m.cast('I') == m.cast('I'))
t(lambda: m.cast('I') == b)
t(lambda: b == m.cast('I'))
t(lambda: m.cast('B') == b)
t(lambda: m.cast('I') == m.cast('i'))
t(lambda: m.cast('I') != m.cast('H'))
t(lambda: m.cast('B', [4, 4]) == m)
t(lambda: m.cast('B', [4, 4]) == m.cast('B', [4, 4]))
t(lambda: memoryview(b'\x00\x00\xc0\x7f').cast('f') == memoryview(b'\x00\x00\xc0\x7f').cast('f'))
t(lambda: memoryview(b'\x01\x00').cast('H') == memoryview(b'\x01\x00').cast('h'))
t(lambda: memoryview(b'\x01\x02').cast('c') == b'\x01\x02')
t(lambda: memoryview(b'\x01\x02') == memoryview(b'\x01\x02').cast('c'))
t(lambda: memoryview(b'\xff').cast('b') == memoryview(b'\xff'))
t(lambda: memoryview(b'\x7f').cast('b') == memoryview(b'\x7f'))
t(lambda: hash(m.cast('I')))
t(lambda: hash(m.cast('b')) == hash(b))
t(lambda: hash(m.cast('c')) == hash(b))
t(lambda: hash(memoryview(bytearray(4)).cast('I')))
t(lambda: m.cast('I') == [50462976, 117835012, 185207048, 252579084])
