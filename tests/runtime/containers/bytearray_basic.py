def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'hello')
ba.append(33); ba.extend(b' ok'); ba.extend([65, 66]); print(ba)
ba.insert(0, 62); ba.insert(-1, 95); print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('h')); print(ba)
ba[0] = 69; ba[-1] = 90; print(ba)
ba[1:3] = b'XYZ'; print(ba)
ba[::2] = bytes(len(ba[::2])); print(ba)
del ba[0]; del ba[::3]; print(ba)
ba.reverse(); print(ba, ba.copy(), ba.copy() is ba)
ba.clear(); print(ba, len(ba))
print(bytearray(3), bytearray([1, 2]), bytearray('ab', 'ascii'), bytearray(b'q') + b'r', b'r' + bytearray(b'q'), bytearray(b'ab') * 2)
x = bytearray(b'a'); y = x; y += b'bc'; y *= 2; print(x, y is x)
print(bytearray(b'Hi').upper(), type(bytearray(b'a b').split()[0]).__name__, bytearray(b'abc')[1], bytearray(b'abc')[1:], bytearray(b' x ').strip())
