def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(b'\x01\xab\xff'.hex(), b''.hex(), b'ab'.hex(':'), b'abcdef'.hex(':', 2), b'abcdef'.hex(':', -4), b'abc'.hex(b'-'))
print(bytes.fromhex('01 ab ff'), bytes.fromhex(''), bytearray.fromhex('4142'), bytes.fromhex('AbCd'))
show(lambda: bytes.fromhex('zz'))
show(lambda: bytes.fromhex('a'))
show(lambda: bytes.fromhex('0 1'))
show(lambda: bytes.fromhex(b'00'))
show(lambda: b'ab'.hex('::'))
class MyB(bytes): pass
print(type(MyB.fromhex('41')).__name__, MyB.fromhex('41'))
