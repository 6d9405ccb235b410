def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
a[2:5] = ['a', 'b']; print(a)
a[:0] = [100, 101]; print(a)
a[len(a):] = [200]; print(a)
a[1:3] = (); print(a)
a[3:1] = ['x']; print(a)
a[::2] = range(len(a[::2])); print(a)
a[::-3] = 'w' * len(a[::-3]); print(a)
def bad1(): a[0:2] = 5
show(bad1)
def bad2(): a[::2] = [1]
show(bad2)
def bad3(): a[::2] = 5
show(bad3)
a[:] = a; print(a)
a[1:2] = a; print(a)
b = [1, 2, 3]
b[1:] = "xyz"; print(b)
b[5:10] = [9]; print(b)
b[-100:1] = [0]; print(b)
