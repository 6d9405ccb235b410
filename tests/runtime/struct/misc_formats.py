# c ? s p x formats, calcsize with alignment, format parsing errors.
import _struct


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


for v in [b'a', b'ab', b'', 'a', bytearray(b'a'), 1, None]:
    t(_struct.pack, 'c', v)
    t(_struct.pack, '>c', v)
for v in [0, 1, 2, [], [1], 'x', '', None, 0.0]:
    t(_struct.pack, '?', v)
    t(_struct.pack, '>?', v)
for fmt, v in [('5s', b'ab'), ('2s', b'abcd'), ('s', 'x'), ('3s', bytearray(b'xy')), ('3s', 5), ('0s', b'abc'),
               ('5p', b'ab'), ('2p', b'abcd'), ('p', b'x'), ('300p', b'x' * 300), ('0p', b''), ('1p', b'abc'),
               ('p', 'x'), ('4p', memoryview(b'ab'))]:
    t(_struct.pack, fmt, v)
formats = ['', 'x', '3x', 'ci', 'ic', '@ih', '=ih', 'iq', 'bq', 'hi', '<hi', '!hi', '>hi', '2h3i', '0i', 'i0q',
           ' i  h ', '10s', '3p', 'qi', 'xq', 'z', '3', 'i3', '@', '<>', 'i<', '\0', 'ii\0', 'e', '@e', '@?', '@P',
           '@n', '<n', '>N', '=P', '99999999999999999999i', '2147483648i', '9223372036854775807x',
           '1000000000000000000h', '9223372036854775807c', '3 i', 'i\t\nh', '<hx2xq', 'hxq', 'c?hdfe',
           '@5si', '@5pd', 'lL', '<lL', 'nNP', '\x0bi\x0c', 'I ', 'q' * 30, '0x', '00i', 'ß']
for fmt in formats:
    t(_struct.calcsize, fmt)
t(_struct.calcsize, b'ih')
t(_struct.calcsize, 5)
t(_struct.calcsize, bytearray(b'i'))
t(_struct.calcsize)
t(_struct.calcsize, 'i', 'h')
t(_struct.unpack, '3s2p5p', b'abc\x05x\x03abcd')
t(_struct.unpack, 'c?x?', b'z\x00\x00\x02')
t(_struct.unpack, '0s', b'')
t(_struct.unpack, '', b'')
t(_struct.unpack, '', b'x')
t(_struct.unpack, '3x', b'abc')
t(_struct.unpack, '4p', b'\x09abc')
t(_struct.unpack, '1p', b'\x09')
t(_struct.pack, '3s3p', b'abcdef', b'abcdef')
t(_struct.pack, '2c2?', b'a', b'b', 0, 7)
# CPython quirks of zero-length 'p'
t(_struct.pack, '0px', b'')
t(_struct.pack, 'x0p3x', b'abc')
t(_struct.unpack, '0p', b'')
t(_struct.unpack, '0px', b'a')
t(lambda: list(_struct.iter_unpack('0px', b'a')))
t(_struct.unpack, 'c0pc', b'ab')
t(_struct.pack, 'c0pc', b'a', b'', b'b')
