# The Struct type: attributes, methods, subclassing, re-init, errors.
import _struct


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


S = _struct.Struct
s = S('<ih')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\0\0\0\x02\0'), s.unpack_from(b'xx\x01\0\0\0\x02\0', 2))
print(s.unpack_from(buffer=b'\x01\0\0\0\x02\0', offset=0), s.unpack_from(b'\x01\0\0\0\x02\0\0\0', offset=-6))
s2 = S(b'>q')
print(repr(s2.format), s2.size, S(format='i').size, type(s).__name__, type(s).__module__, S.__name__)
print(S.__doc__.splitlines()[0])
t(S, 5)
t(S, 'z')
t(S)
t(S, 'i', 'h')
t(S, 'é')
t(S, b'\xff')
t(S, bytearray(b'i'))
t(S, fmt='i')
s = S('<hh')
t(s.pack, 1)
t(s.pack, 1, 2, 3)
t(s.pack, 1, 'x')
t(s.pack, x=1)
t(s.unpack)
t(s.unpack, b'ab', b'cd')
t(s.unpack, b'abc')
t(s.unpack_from)
t(s.unpack_from, b'ab')
t(s.pack_into, bytearray(4))
t(s.pack_into)
t(s.pack_into, bytearray(4), 0, 1, 2, x=3)
t(s.iter_unpack)
t(lambda: list(s.iter_unpack(b'abcdefgh')))
t(s.unpack_from, buffer=b'abcd', offset=0)
print(s.__sizeof__() > 0)
t(S.pack, 5, 1)
s.__init__('i')
print(s.format, s.size, s.pack(7))
t(s.__init__, 'z')
print(s.format, s.size)
print(s == s, s != S('i'), hash(s) == hash(s))


class MyS(_struct.Struct):
    def __init__(self, fmt, tag):
        super().__init__(fmt)
        self.tag = tag

    def total(self, data):
        return sum(self.unpack(data))


m = MyS('<3B', 'x')
print(m.size, m.pack(1, 2, 3), m.tag, m.total(b'\x01\x02\x03'), isinstance(m, S), type(m).__name__)


class Plain(S):
    pass


p = Plain('>H')
print(p.pack(513), p.format, Plain.__mro__)
t(Plain)
