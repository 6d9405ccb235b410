class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), sum(c), sorted(c))
class OneShot:
    def __init__(self, data):
        self.data = list(data)
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        self.i += 1
        return self.data[self.i - 1]
o = OneShot("abc")
print(list(o), list(o))
o2 = OneShot(range(5))
for x in o2:
    if x == 2:
        break
print(list(o2))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
f = Fib(100)
print(list(f), list(zip(f, f)))
class Bad:
    def __iter__(self):
        return self
try:
    for x in Bad():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NextNotIter:
    def __next__(self):
        return 1
try:
    iter(NextNotIter())
except TypeError as e:
    print(type(e).__name__, e)
class GetItemStr:
    def __getitem__(self, i):
        return "abc"[i]
print(list(GetItemStr()), "".join(GetItemStr()))
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(99)
print(list(StopWithValue()))
it = iter([1, 2, 3])
print(next(it), [x for x in it], next(it, "done"))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), type(di).__name__, list(iter(d.values())), type(iter(d.items())).__name__)
print(type(iter("")).__name__, type(iter(())).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__)
class ReversibleCustom:
    def __init__(self, items): self.items = items
    def __iter__(self): return iter(self.items)
    def __reversed__(self): return ReversibleCustom(self.items[::-1])
    def __repr__(self): return f"RC({self.items})"
print(reversed(ReversibleCustom([1, 2])), list(ReversibleCustom([1, 2])))
