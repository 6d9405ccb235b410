def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), len(t), t[1:3], t[::-1], t[-1])
print(t + (4,), t * 2, () * 5, (1,) * -1)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 0), (2,) >= (1, 9))
show(lambda: t.index(9))
show(lambda: t[10])
show(lambda: t['a'])
show(lambda: t.count())
show(lambda: tuple(1, 2))
show(lambda: tuple(x=1))
show(lambda: (1,) < ('a',))
print(tuple([1, 2]), tuple('ab'), tuple(), tuple(range(3)), tuple({1: 2}))
print(repr((1,)), repr(()), repr((1, (2,))))
print(t.__getnewargs__())
