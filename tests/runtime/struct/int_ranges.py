# Packing integers in every mode: ranges, overflow and type errors.
import _struct


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


class I:
    def __index__(self):
        return 7


values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 2**15, -2**15 - 1, 65535, 2**16, 2**31, -2**31 - 1,
          2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, 2**100, -2**100,
          1.5, '1', None, True, I(), b'x']
for fmt in 'bBhHiIlLqQnNP':
    for pre in ['', '<', '>', '=', '!', '@']:
        if fmt in 'nNP' and pre not in ('', '@'):
            continue
        for v in values:
            t(_struct.pack, pre + fmt, v)
