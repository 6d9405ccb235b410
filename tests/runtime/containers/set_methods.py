def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3}
print(a.issubset({1, 2, 3, 4}), a.issubset([1, 2]), a.issubset(range(5)), a.issuperset([1]), a.issuperset({1, 5}), a.issuperset(iter([2, 3])))
print(a.isdisjoint({4}), a.isdisjoint([3]), a.isdisjoint(a), set().isdisjoint(set()))
b = a.copy(); b.update([4], (5, 6), {7}); print(b)
b.intersection_update([1, 2, 3, 4, 5], range(3, 10)); print(b)
b.difference_update([3], {4}); print(b)
b.symmetric_difference_update([5, 9]); print(b)
print(a.union(), a.intersection(), a.difference())
print(a.union(a), a.intersection(a), a.difference(a), a.symmetric_difference(a))
c = {1, 2}; c.difference_update(c); print(c)
c = {1, 2}; c.symmetric_difference_update(c); print(c)
c = {1, 2}; c.update(c); print(c)
c = {1, 2}; c.intersection_update(); print(c)
print(a.intersection({1: 2, 3: 4}), a.difference({1: 0}), a.symmetric_difference({3: 0, 4: 0}))
