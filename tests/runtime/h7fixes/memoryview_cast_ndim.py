# cast with a shape: multi-dimensional views (tolist, tuple indexing, slicing).


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(bytes(range(16)))
m2 = m.cast('B', [4, 4])
print(m2.shape, m2.strides, m2.ndim, m2.nbytes, len(m2), m2.format, m2.itemsize)
print(m2.tolist())
print(m2[1, 2], m2[-1, -1], m2[0, 3])
t(lambda: m2[1, 2, 3])
t(lambda: m2[(1,)])
t(lambda: m2[0])
t(lambda: m2[4, 0])
t(lambda: m2[0, 4])
t(lambda: m2[0, 'a'])
print(m2[1:3].tolist(), m2[1:3].shape, m2[::2].tolist(), m2[::2].strides)
t(lambda: list(m2))
print(m2.tobytes() == bytes(range(16)))
print(m2.cast('I').tolist(), m2.cast('B').tolist()[:3])
t(lambda: m2.cast('B', [2, 8]))
t(lambda: m2[::2].cast('B'))
print(m.cast('I', [2, 2]).tolist(), m.cast('I', [2, 2]).shape, m.cast('I', [2, 2]).strides)
print(m.cast('H', (2, 2, 2)).tolist())
print(m.cast('H', (2, 2, 2))[1, 0, 1])
print(m.cast('B', [2, 8])[0:1].cast('B').tolist())
z = memoryview(b'a').cast('B', [])
print(z.tolist(), z.shape, z.strides, z.ndim, z.nbytes, z[()])
t(lambda: len(z))
t(lambda: z[0])
t(lambda: list(z))
print(memoryview(b'abcd').cast('I', []).tolist())
ba = bytearray(16)
mb2 = memoryview(ba).cast('B', [4, 4])
mb2[0, 1] = 7
mb2[3, 3] = 9
t(lambda: mb2.__setitem__(0, 1))
t(lambda: mb2.__setitem__(slice(0, 1), b'1234'))
t(lambda: mb2.__setitem__((0, 1), 256))
print(ba)
mi2 = memoryview(ba).cast('i', [2, 2])
mi2[1, 1] = -1
print(mi2.tolist(), ba[12:])
