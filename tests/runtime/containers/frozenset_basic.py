def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

f = frozenset([3, 1, 2])
print(f, len(f), 1 in f, frozenset(), repr(frozenset()))
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, type(f & {1}).__name__, type(f - {1}).__name__, type(f ^ {9}).__name__)
print(f.union([9]), type(f.union([9])).__name__, f.copy() is f, frozenset(f) is f)
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(frozenset()) == hash(frozenset([])))
print({frozenset([1]): 'x'}[frozenset({1})])
print({1} in {frozenset([1])}, {frozenset([1]): 2}.get(frozenset([1])))
s = {frozenset([1]), frozenset([2])}
s.remove({1}); print(s)
s.discard({2}); print(s)
show(lambda: f.add(1))
g = f; g |= {10}; print(f, g)
