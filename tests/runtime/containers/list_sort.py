def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = [5, 2, 9, 1, 5, 6]
a.sort(); print(a)
a.sort(reverse=True); print(a)
w = ['banana', 'Apple', 'cherry', 'apple']
w.sort(key=str.lower); print(w)
w.sort(key=len, reverse=True); print(w)
p = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
p.sort(key=lambda t: t[0]); print(p)
show(lambda: [1, 'a'].sort())
show(lambda: a.sort(1))
show(lambda: a.sort(foo=1))
b = [3, 1, 2]
def k(x):
    b.append(x)
    return x
show(lambda: b.sort(key=k))
print(sorted(b))
print(a.sort(key=None), a)
