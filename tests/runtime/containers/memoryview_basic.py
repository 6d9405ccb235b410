def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), bytes(m[::-1]), m.tobytes(), m.tolist()[:2], m.hex())
print(m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.obj)
print(m == b'abcdef', m[:2] == b'ab', b'abcdef' == m)
show(lambda: memoryview(1))
show(lambda: m[10])
print(hash(m) == hash(b'abcdef'))
show(lambda: hash(memoryview(bytearray(b'x'))))
ba = bytearray(b'xyz')
with memoryview(ba) as mv:
    mv[0] = 65
    mv[1:3] = b'BC'
    print(mv.readonly, bytes(mv), ba)
show(lambda: mv[0])
show(lambda: len(mv))
ro = memoryview(b'q')
def setro(): ro[0] = 1
show(setro)
