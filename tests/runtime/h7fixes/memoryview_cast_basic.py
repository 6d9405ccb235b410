# memoryview.cast between byte formats and native formats (1-D, little endian).


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


b = bytes(range(16))
m = memoryview(b)
for fmt in "BbcHhIiLlQqfdnNP?":
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, c.nbytes, len(c), c.shape, c.strides, c.ndim,
          c.readonly, c.contiguous, c.c_contiguous, c.f_contiguous, c.suboffsets)
    print(c.tolist() if fmt not in 'fd' else [repr(x) for x in c.tolist()])
    print(c[0], c[-1], c.tobytes() == b, bytes(c) == b, c.obj is b)
neg = memoryview(bytes([0xff] * 8))
for fmt in "bBhHiIqQ":
    print(fmt, neg.cast(fmt).tolist())
print(m.cast('@I').format, m.cast('@I').tolist())
print(m.cast('I').cast('B').tolist())
print(m.cast('I').cast('c')[1], m.cast('I').cast('b').format)
print(m.cast('I')[1:3].tolist(), m.cast('I')[::2].tolist(), m.cast('I')[::-1].tolist())
print(m.cast('H')[2:5].nbytes, m.cast('H')[2:5].tobytes(), m.cast('H')[::3].tobytes())
print(m.cast('H')[::3].strides, m.cast('H')[::3].shape, m.cast('H')[::3].contiguous)
print(list(m.cast('H'))[:3], list(m.cast('c'))[:2], len(m.cast('Q')))
print(m.cast('I').hex(), m.cast('I')[1:2].hex(':'))
print(memoryview(m.cast('I')).format, memoryview(m.cast('I')).tolist())
print(m[0:0].cast('I').tolist(), m[4:12].cast('I').tolist(), m[4:12].cast('d').nbytes)
print(m.cast('B', shape=[16]).shape, m.cast(format='B').shape, m.cast('I', (4,)).tolist())
print(memoryview(b'\x00\x00\xc0\x7f').cast('f')[0], memoryview(b'\x00\x00\x80\x3f').cast('f').tolist())
print(memoryview(bytes(8)).cast('d').tolist(), memoryview(b'\x00' * 7 + b'\x80').cast('d').tolist())
with memoryview(b'abcd').cast('H') as v:
    print(v.tolist())
print(repr(v).startswith('<released memory at 0x'))
t(lambda: v.tolist())
t(lambda: v.format)
t(lambda: v.cast('B'))
