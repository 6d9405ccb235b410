class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
s = Seq(4)
print(list(s), 20 in s, 25 in s, [x for x in s])
it = iter(s)
print(next(it), next(it), type(it).__name__)
a, b, *rest = s
print(a, b, rest)
print(sorted(Seq(3), reverse=True), sum(Seq(3)), max(Seq(5)))

class Cont:
    def __contains__(self, x):
        return x == "magic"
print("magic" in Cont(), "other" in Cont(), "magic" not in Cont())
class ContTruthy:
    def __contains__(self, x):
        return [1]
print(1 in ContTruthy())

class It:
    def __init__(self, n):
        self.i = 0; self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(It(3)), 2 in It(3), 9 in It(3))
i = It(2)
print(list(i), list(i))

class IterOnly:
    def __iter__(self):
        yield from "xyz"
print(list(IterOnly()), "y" in IterOnly(), dict.fromkeys(IterOnly()))

class Map:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __len__(self):
        return len(self.d)
m = Map()
m["a"] = 1
m["b"] = 2
del m["a"]
print(len(m), m["b"])
try:
    m["a"]
except KeyError as e:
    print(type(e).__name__, e)

class Slicer:
    def __getitem__(self, k):
        return k
sl = Slicer()
print(sl[1], sl[1:2], sl[1:2:3], sl[:, 1], sl[...], sl[::], sl[1:], sl["a", 2:3])

class NotIter:
    pass
for expr in [lambda: iter(NotIter()), lambda: list(5), lambda: [x for x in None], lambda: 1 in 5,
             lambda: NotIter()[0], lambda: len(NotIter()), lambda: len(5), lambda: next([1])]:
    try:
        expr()
    except TypeError as e:
        print(type(e).__name__, e)
class IterReturnsNonIter:
    def __iter__(self):
        return 5
try:
    iter(IterReturnsNonIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotIter()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NotIter()[0]
except TypeError as e:
    print(type(e).__name__, e)

class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "abc"[i]
print(list(reversed(Rev())))
class CustomRev:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(CustomRev())))
try:
    reversed(NotIter())
except TypeError as e:
    print(type(e).__name__, e)

class LenHint:
    def __iter__(self): return iter([1, 2])
print(list(LenHint()))
