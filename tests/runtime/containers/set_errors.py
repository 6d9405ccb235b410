def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2}
show(lambda: s.add())
show(lambda: s.add([]))
show(lambda: s.union(x=1))
show(lambda: s.update(1))
show(lambda: s.issubset())
show(lambda: s | [1])
show(lambda: s & 'ab')
show(lambda: s.__or__([1]))
show(lambda: s <= [1])
show(lambda: s < 1)
show(lambda: s.symmetric_difference())
show(lambda: set(1, 2))
show(lambda: set(x=1))
show(lambda: frozenset(1, 2))
show(lambda: frozenset(x=1))
show(lambda: set(5))
show(lambda: hash(set()))
show(lambda: {[1]})
show(lambda: s.remove([]))
show(lambda: s.isdisjoint(1))
