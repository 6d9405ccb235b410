# Writing through cast views of a bytearray changes the bytearray.


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(16)
mv = memoryview(ba).cast('I')
mv[1] = 0x01020304
print(ba)
mv[0] = 0xffffffff
mv[-1] = True
print(ba, mv.tolist())
t(lambda: mv.__setitem__(0, -1))
t(lambda: mv.__setitem__(0, 2**32))
t(lambda: mv.__setitem__(0, 1.5))
t(lambda: mv.__setitem__(0, 'a'))
t(lambda: mv.__setitem__(0, None))
t(lambda: mv.__setitem__(4, 0))
mv[2:4] = memoryview(bytearray(b'\x01\x00\x00\x00\x02\x00\x00\x00')).cast('I')
print(ba, mv.tolist())
t(lambda: mv.__setitem__(slice(0, 2), b'12345678'))
t(lambda: mv.__setitem__(slice(0, 2), memoryview(b'12345678').cast('i')))
t(lambda: mv.__setitem__(slice(0, 3), memoryview(b'12345678').cast('I')))
t(lambda: mv.__setitem__(slice(0, 2), [1, 2]))
mv[0:2] = memoryview(b'12345678').cast('@I')
print(ba)
mv[::2] = memoryview(bytes(8)).cast('I')
print(ba)
md = memoryview(ba).cast('d')
md[0] = 1.5
md[1] = 2
print(md.tolist(), md[0])
t(lambda: md.__setitem__(0, 'x'))
t(lambda: md.__setitem__(0, 10**400))


class F:
    def __float__(self):
        return 0.25


class I:
    def __index__(self):
        return 7


md[0] = F()
print(md[0])
mf = memoryview(ba).cast('f')
mf[0] = 1e300
mf[1] = True
mf[2] = -0.5
print(mf.tolist()[:3])
mb = memoryview(ba).cast('b')
mb[0] = -3
t(lambda: mb.__setitem__(0, 200))
t(lambda: mb.__setitem__(0, -129))
print(mb[0], ba[0])
mub = memoryview(ba)
mub[1] = 255
mub[2] = I()
t(lambda: mub.__setitem__(0, 256))
t(lambda: mub.__setitem__(0, -1))
t(lambda: mub.__setitem__(0, b'x'))
print(ba[:3])
mc = memoryview(ba).cast('c')
mc[1] = b'z'
t(lambda: mc.__setitem__(1, b'zz'))
t(lambda: mc.__setitem__(1, 5))
t(lambda: mc.__setitem__(1, bytearray(b'y')))
t(lambda: mc.__setitem__(1, 'y'))
print(mc[1], ba[:3])
mq = memoryview(ba).cast('q')
mq[0] = -2
print(mq.tolist(), memoryview(ba).cast('Q').tolist())
t(lambda: mq.__setitem__(0, 2**63))
mQ = memoryview(ba).cast('Q')
mQ[1] = 2**64 - 1
t(lambda: mQ.__setitem__(1, 2**64))
print(mQ.tolist(), mq.tolist())
mh = memoryview(ba).cast('h')
mh[0] = -32768
t(lambda: mh.__setitem__(0, 32768))
print(mh[0], memoryview(ba).cast('H')[0])
mbool = memoryview(ba).cast('?')
mbool[0] = []
mbool[1] = "x"
print(mbool[0], mbool[1], ba[:2])
ro = memoryview(bytes(8)).cast('I')
t(lambda: ro.__setitem__(0, 1))
print(ro.readonly, ro.toreadonly().readonly, memoryview(ba).cast('H').readonly)
sub = memoryview(ba)[8:16].cast('I')
sub[0] = 0xdeadbeef
print(ba[8:12].hex(), memoryview(ba).cast('I')[2] == 0xdeadbeef)
