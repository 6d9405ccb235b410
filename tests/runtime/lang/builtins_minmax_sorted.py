print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((1, "b"), (1, "a")))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([1, -3, 2], key=abs))
print(max([(1, "first"), (1, "second")], key=lambda t: t[0]), min([2, 1, 1.0], key=lambda v: v))
for call in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max([1, 2], default=0, key=None, extra=1),
             lambda: min(1, 2, default=0), lambda: max([1, "a"])]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({3: 0, 1: 0}), sorted((2, 1)))
print(sorted([-3, 2, -1], key=abs), sorted(["B", "a", "C"], key=str.lower), sorted(["B", "a", "C"]))
lst = [5, 2, 8]
lst.sort()
print(lst, sorted([]), sorted([1.5, 1, True, 0]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
stab = sorted([(i % 3, i) for i in range(12)], key=lambda t: t[0], reverse=True)
print(stab)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(10), 100), sum([], 0.0), sum([0.1] * 10))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(sum((x for x in range(5)), start=10))
print(any([0, 0, 1]), all([1, 1, 0]), any(x for x in []), all(iter([])), any("a"))
