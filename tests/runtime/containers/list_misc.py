def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
a.append(a); print(a)
print(repr([]), str([1, 'x', None]))
show(lambda: hash([]))
print(list.__hash__)
print(list("abc"), list(range(3)), list({1: 2}), list((1, 2)))
x = [1]; x.__init__([5, 6]); print(x)
x.__init__(); print(x)
print(type(iter([])).__name__, type(reversed([])).__name__)
print(list(reversed([1, 2, 3])), [1,2,3].__reversed__().__length_hint__())
it = iter([1, 2, 3]); next(it); print(it.__length_hint__(), list(it), it.__length_hint__())
class L(list): pass
l = L([3, 1]); l.sort(); print(l, type(l).__name__, type(l + [1]).__name__, type(l[:]).__name__, type(l * 2).__name__)
print(list.__len__([1, 2]), list.__getitem__([1, 2], 1), list.__contains__([1], 1))
