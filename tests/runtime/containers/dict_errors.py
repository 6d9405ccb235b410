def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 2}
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
show(lambda: d.pop())
show(lambda: d.setdefault())
show(lambda: d.keys(1))
show(lambda: d[[]])
show(lambda: d.update(1, 2))
show(lambda: d.update(1))
show(lambda: d.update([(1, 2, 3)]))
show(lambda: d.update([1]))
show(lambda: d.update(['ab', 'cde']))
show(lambda: dict(1, 2))
show(lambda: {}.pop([]))
show(lambda: {}.popitem())
show(lambda: d < d)
show(lambda: hash({}))
show(lambda: dict.fromkeys())
show(lambda: {[]: 1})
def bad(): del d[5]
show(bad)
