# random.py's version-2 seeding of str/bytes: int.from_bytes(a + sha512(a).digest()).
import _random
import _sha512

for a in ['abc', '', 'héllo wörld', b'bytes', bytearray(b'\x00\xff')]:
    b = a.encode() if isinstance(a, str) else bytes(a)
    n = int.from_bytes(b + _sha512.sha512(b).digest(), 'big')
    r = _random.Random(n)
    print(repr(a), [r.random() for _ in range(3)], r.getrandbits(64))
