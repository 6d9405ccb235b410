def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(b'abc'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'caf\xe9'.decode('latin-1'), b'x'.decode('ascii'), b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
print(bytearray(b'hi').decode(), b'A'.decode(encoding='ascii'), b'\xe2\x82\xac'.decode())
def err(f):
    try: f()
    except UnicodeDecodeError as e: print(type(e).__name__, e.reason, e.start, e.end)
    except LookupError as e: print(type(e).__name__, e)
err(lambda: b'\xff'.decode())
err(lambda: b'a\xc3'.decode())
err(lambda: b'\xc3a'.decode())
err(lambda: b'\xff'.decode('ascii'))
err(lambda: b'x'.decode('nope'))
