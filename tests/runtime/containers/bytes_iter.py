b = b'abc'
it = iter(b)
print(type(it).__name__, next(it), it.__length_hint__(), list(it))
print(list(bytearray(b'xy')), type(iter(bytearray())).__name__, [x for x in b'\x00\xff'], sum(b'ab'))
print(list(reversed(b'abc')), sorted(b'cab'), max(b'abc'), bytes(reversed(b'abc')))
