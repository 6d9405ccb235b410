def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[1::3], a[::-1], a[-3:], a[:-3], a[8:2:-2], a[100:], a[-100:2])
print(a[5:2], a[::-3], a[2:8:-1], a[None:None:None])
show(lambda: a[::0])
show(lambda: a['a':])
print(a[slice(1, 4)], a[slice(None, None, -4)])
print(a[2**70:], a[-2**70:3], a[::2**70])
