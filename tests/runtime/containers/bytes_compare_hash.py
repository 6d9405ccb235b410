def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(b'a' < b'b', b'ab' < b'a', b'' < b'a', b'abc' == b'abc', b'a' == bytearray(b'a'), bytearray(b'a') == b'a', b'a' == 'a', b'b' >= b'a')
print(b'\xff' > b'\x01', bytearray(b'z') > b'a')
show(lambda: b'a' < 'a')
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(bytes()), {b'k': 1}[b'k'])
show(lambda: hash(bytearray(b'a')))
