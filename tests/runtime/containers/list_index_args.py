def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = [0, 1, 2, 3, 2, 1, 0]
print(a.index(2), a.index(2, 3), a.index(2, -3), a.index(1, 0, 2))
show(lambda: a.index(3, 4))
show(lambda: a.index(0, 1, -1))
show(lambda: a.index(1, 'a'))
show(lambda: a.index(1, None))
print(a.index(0, -100, 100), a.index(0, 2**80 * -1))
class I:
    def __index__(self): return 2
print(a.index(2, I()))
