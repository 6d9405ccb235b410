def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(list(map(str, [1, 2])), list(map(pow, [2, 3], [4, 5, 6])), list(map(lambda *a: sum(a), [1], [2], [3])))
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(lambda x: x % 2, range(7))), list(filter(bool, [0, 2])))
show(lambda: map())
show(lambda: map(len))
show(lambda: map(len, [], x=1))
show(lambda: filter(None))
show(lambda: filter(None, [], x=1))
show(lambda: map(len, 5))
show(lambda: list(map(len, [1])))
m = map(abs, [-1, -2]); print(type(m).__name__, next(m), list(m), iter(m) is m)
f = filter(None, [1]); print(type(f).__name__, list(f))
