# _sha512: digests against known values, incremental updates, copy, errors.
import _sha512


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


for data in [b'', b'abc', b'a' * 111, b'a' * 112, b'a' * 127, b'a' * 128, b'a' * 129, b'a' * 1000,
             bytes(range(256)) * 3, b'The quick brown fox jumps over the lazy dog']:
    print(len(data), _sha512.sha512(data).hexdigest(), _sha512.sha384(data).hexdigest())
h = _sha512.sha512()
for i in range(50):
    h.update(bytes([i]) * i)
c = h.copy()
h.update(b'more')
print(h.hexdigest()[:40], c.hexdigest()[:40], c.digest()[:8], len(c.digest()))
x = _sha512.sha384(b'x')
print(x.name, x.digest_size, x.block_size, h.name, h.digest_size, h.block_size, len(x.digest()))
print(type(h).__name__, type(x).__name__, sorted(n for n in dir(_sha512) if not n.startswith('__')))
print(_sha512.sha512(memoryview(b'abc')).hexdigest()[:16], _sha512.sha512(bytearray(b'abc'), usedforsecurity=False).hexdigest()[:16])
print(_sha512.sha512(string=b'abc').hexdigest()[:16])
print(h.digest() == h.digest(), h.hexdigest() == h.digest().hex())
t(_sha512.sha512, 'abc')
t(_sha512.sha512, 1)
t(_sha512.sha512, b'a', b'b')
t(_sha512.sha512, data=b'x')
t(h.update, 'x')
t(h.update)
t(h.update, b'a', b'b')
t(h.digest, 1)
t(x.update, 5)
t(type(h))
t(type(x))
