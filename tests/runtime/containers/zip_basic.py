def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip([1, 2], [3, 4], [5, 6])))
print(list(zip([1, 2], 'ab', strict=True)), list(zip(range(3), range(3), strict=False)))
show(lambda: list(zip([1, 2], [1], strict=True)))
show(lambda: list(zip([1], [1, 2], strict=True)))
show(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
show(lambda: list(zip([1], [1], [1, 2], strict=True)))
show(lambda: zip([], x=1))
show(lambda: zip(1))
z = zip('ab', 'cd')
print(type(z).__name__, next(z), iter(z) is z, list(z), list(z))
d = dict(zip('abc', range(3))); print(d)
print(list(zip(*[(1, 'a'), (2, 'b')])))
