def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(b'%s %r %d %5.2f %x %c %%' % (b'x', b'y', 3, 2.5, 255, 65))
print(b'%s' % b'one', b'%(a)s-%(b)d' % {b'a': b'A', b'b': 2}, b'%-5s|' % b'ab', b'%5s|' % b'ab', b'%c' % b'z', b'%.2s' % b'abcd', b'%b' % bytearray(b'ba'))
print(bytearray(b'%s!') % b'z', b'%i %u %o %X' % (1, 2, 8, 255))
show(lambda: b'%s' % 'x')
show(lambda: b'%d' % (1, 2))
show(lambda: b'%s %s' % (b'a',))
show(lambda: b'%' % ())
show(lambda: b'%c' % 300)
