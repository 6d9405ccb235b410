def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(b'a b  c '.split(), b'  a b'.split(None, 1), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'a,b,c'.rsplit(b',', 1))
print(b' a b c '.rsplit(None, 1), b''.split(), b''.split(b','), b'\ta\nb\x0bc\x0cd\re'.split())
print(b'a.b.c'.partition(b'.'), b'a.b.c'.rpartition(b'.'), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
show(lambda: b'abc'.split(b''))
show(lambda: b'abc'.split(x=1))
show(lambda: b'abc'.partition(b''))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\n'.splitlines(True), b'x'.splitlines())
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]), b', '.join((b'1',)))
show(lambda: b'-'.join([b'a', 'b']))
show(lambda: b'-'.join(5))
