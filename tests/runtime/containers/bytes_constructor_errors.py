def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: bytes(-1))
show(lambda: bytes('a'))
show(lambda: bytes(1, 'utf-8'))
show(lambda: bytes(1.5))
show(lambda: bytes([256]))
show(lambda: bytes([-1]))
show(lambda: bytes(['a']))
show(lambda: bytes('a', 'foo'))
show(lambda: bytes(x=1))
show(lambda: bytes(b'a', 'utf-8'))
show(lambda: bytearray(1.5))
show(lambda: bytearray('a'))
show(lambda: bytearray([300]))
class B:
    def __bytes__(self): return b'custom'
print(bytes(B()))
class Bad:
    def __bytes__(self): return 'no'
show(lambda: bytes(Bad()))
print(bytes(source=b'kw'), bytes('x', encoding='ascii'), bytes('xé', 'latin-1'), bytes('ab', 'utf-8', 'strict'))
