s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(list(range(20))[s], "abcdefghijkl"[s], s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
lst = list(range(10))
print(lst[::-1], lst[-3:], lst[:-3], lst[8:2:-2], lst[100:], lst[-100:2], lst[::3], lst[5:5])
lst[2:5] = ["a", "b"]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
lst[1:1] = [99, 98]
print(lst)
lst[:] = "xyz"
print(lst)
lst[5:] = [1]
print(lst)
try:
    lst[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
t = tuple(range(6))
print(t[1:4], t[::-2], "hello"[::-1], "hello"[1:-1], b"bytes"[1:3], range(10)[2:8:2])
class Sl:
    def __getitem__(self, k):
        return k
x = Sl()
print(x[1:2, ::3], x[..., 1], x[:], x[::-1], type(x[:]).__name__)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
print(hash(slice(1, 2)) if hasattr(slice, "__hash__") and slice.__hash__ else "unhashable", end=" | ")
try:
    print(hash(slice(1, 2)))
except TypeError as e:
    print(type(e).__name__, e)
print("abc"[slice(None, None, -1)], [1, 2, 3][slice(1, None)])
