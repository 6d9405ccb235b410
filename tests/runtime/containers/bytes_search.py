def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

b = b'abcabcab'
print(b.count(b'ab'), b.count(b'ab', 1), b.count(b'ab', 1, -1), b.count(97), b.count(b''), b.count(b'', 3, 5))
print(b.find(b'c'), b.find(b'c', 3), b.find(b'z'), b.rfind(b'ab'), b.rfind(b'ab', 0, 5), b.find(99), b.find(b'', 100))
print(b.index(b'b'), b.rindex(b'b'))
show(lambda: b.index(b'z'))
show(lambda: b.rindex(b'z'))
show(lambda: b.count())
show(lambda: b.find(b'a', 1, 2, 3))
show(lambda: b.find('a'))
show(lambda: b.find(300))
print(b.startswith(b'abc'), b.startswith((b'x', b'ab')), b.endswith(b'ab'), b.endswith(b'ab', 0, 4), b.startswith(b'c', 2))
show(lambda: b.startswith('a'))
show(lambda: b.startswith())
print(b.find(b'ab', None, None), b.count(b'a', -3))
