def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(12))
del a[0]; print(a)
del a[-1]; print(a)
del a[2:4]; print(a)
del a[::3]; print(a)
del a[::-2]; print(a)
del a[100:]; print(a)
def bad(): del a[50]
show(bad)
def bad2(): del a['x']
show(bad2)
b = list(range(10)); del b[8:2:-2]; print(b)
c = list(range(10)); del c[:]; print(c)
