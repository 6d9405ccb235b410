print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4)])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1], [2], strict=True)))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "exhausted"))
vals = iter([1, 2, 0, 3])
def pull():
    return next(vals)
print(list(iter(pull, 0)))
class Count:
    n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 4)))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
e = enumerate("xy")
print(type(e).__name__, next(e), iter(e) is e)
z = zip("ab", "cd")
print(type(z).__name__, next(z))
m = map(abs, [-1])
print(type(m).__name__, next(m))
f = filter(None, [1])
print(type(f).__name__, list(f), list(f))
r = reversed([1])
print(type(r).__name__)
print(list(zip(range(3), range(100, 103), "xyz")))
print(dict(zip("abc", range(3))), dict(enumerate("ab")))
print(len([1, 2]), len("abc"), len({}), len(range(10)), len(b"xx"), len({1, 2, 2}))
print(list(map(lambda *a: a, [1, 2], "ab", (True, False))))
