def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a[0], a[-1], a[5], a[-10])
show(lambda: a[10])
show(lambda: a[-11])
show(lambda: a['x'])
show(lambda: a[1.5])
show(lambda: a[2**70])
print(a[True], a[False])
class I:
    def __index__(self): return 3
print(a[I()])
