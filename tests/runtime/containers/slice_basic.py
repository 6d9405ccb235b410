def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(5).start, slice(1, 2))
print(s.indices(5), slice(None).indices(3), slice(-100, 100, -3).indices(10), slice(None, None, -1).indices(4))
print(slice(2**70).indices(5), slice(-2**70, None).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1, 2) != 5)
show(lambda: hash(slice(1)))
show(lambda: slice(1).indices(-1))
show(lambda: slice('a').indices(1))
show(lambda: slice(None, None, 0).indices(1))
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
show(lambda: slice(1, x=2))
print(slice('a', 'b', 'c'), repr(slice(None)))
print([0, 1, 2, 3, 4][slice(1, None, 2)], 'abcdef'[slice(None, None, -2)])
