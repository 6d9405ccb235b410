# e/f/d packing and unpacking: rounding, overflow, nan/inf, conversions.
import _struct


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 3


vals = [0.0, -0.0, 1.5, -2.25, 1e300, -1e300, 1e-300, 65504.0, 65519.99, 65520.0, 1e39, -1e39,
        3.4028235677973366e38, 3.4028235677973367e38, 1e-46, 1e-7, 2.9802322387695312e-08,
        5.960464477539063e-08, 6.1e-5, 1.00048828125, 1.00146484375, 0.1,
        float('inf'), float('-inf'), float('nan'), -float('nan'), 3, True, 2**100, 2**2000, 10**39,
        '1', None, F(), I()]
for pre in ['', '<', '>', '!', '=']:
    for fmt in 'efd':
        for v in vals:
            t(_struct.pack, pre + fmt, v)
for data in [b'\x00\x7e', b'\x00\xfe', b'\x00\x7c', b'\x00\xfc', b'\x00\x80', b'\x01\x00', b'\xff\x7b', b'\x01\x7c', b'\x55\x35']:
    t(_struct.unpack, '<e', data)
    t(_struct.unpack, '>e', data)
for data in [b'\x7f\x80\x00\x01', b'\x7f\x80\x00\x00', b'\x00\x00\x00\x01', b'\x3f\x8c\xcc\xcd', b'\xff\xc0\x00\x00']:
    t(_struct.unpack, '>f', data)
    t(_struct.unpack, '<f', data)
    t(_struct.unpack, 'f', data)
t(_struct.unpack, '>d', b'\x7f\xf0\x00\x00\x00\x00\x00\x01')
t(_struct.unpack, '<d', b'\x01\x00\x00\x00\x00\x00\x00\x00')
t(_struct.unpack, '<3d', _struct.pack('<3d', 1.1, -2.2, 1e-310))


class FS2(float):
    def __float__(self):
        return 99.0


class IS(int):
    def __float__(self):
        return 16.0


print(_struct.pack('<d', FS2(4.0)), _struct.pack('<e', IS(4)), _struct.pack('<f', FS2(1.5)))
