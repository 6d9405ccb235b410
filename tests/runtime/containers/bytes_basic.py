def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

b = b'hello world'
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], b[::2], list(b[:3]))
print(b + b'!', b * 2, b'' * 5, b.upper(), b.title(), b.capitalize(), b'AbC'.swapcase(), b'ABC'.lower())
print(b'ell' in b, 104 in b, 200 in b, b'' in b)
show(lambda: b[100])
show(lambda: b['a'])
show(lambda: 'a' in b)
show(lambda: 300 in b)
show(lambda: b + 'x')
show(lambda: b * 'x')
print(bytes(3), bytes([65, 66]), bytes(b'xy'), bytes(bytearray(b'z')), bytes('é', 'utf-8'), bytes(range(3)), bytes())
print(repr(b'\x00\n\'"'), repr(b"'"), repr(b'\x7f\x80\xff\t\r'))
