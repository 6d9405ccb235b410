def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
r = reversed(Seq()); print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
class Rev:
    def __reversed__(self): return iter('custom')
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
show(lambda: reversed(NoRev()))
show(lambda: reversed({1}))
show(lambda: reversed(iter([])))
show(lambda: reversed())
show(lambda: reversed([], x=1))
show(lambda: reversed(5))
print(type(reversed('ab')).__name__, type(reversed([])).__name__, type(reversed(b'a')).__name__)
