# itertools types: names, subclassing, iterator protocol, module contents.
import itertools

names = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count', 'cycle',
         'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat',
         'starmap', 'takewhile', 'tee', 'zip_longest']
for n in names:
    o = getattr(itertools, n)
    print(n, type(o).__name__, getattr(o, '__name__', None), getattr(o, '__module__', None), repr(o) if n != 'tee' else '')
for n in names:
    o = getattr(itertools, n)
    if isinstance(o, type):
        print(n, hasattr(o, '__iter__'), hasattr(o, '__next__'), hasattr(o, '__class_getitem__'))
it = itertools.chain('ab')
print(iter(it) is it, next(it), it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)


class Counter(itertools.count):
    def __next__(self):
        return super().__next__() * 10


c = Counter(1)
print(next(c), next(c), list(itertools.islice(c, 2)))


class MyChain(itertools.chain):
    def __init__(self, *args, tag=None):
        self.tag = tag


m = MyChain('ab', 'c', tag='t')
print(list(m), m.tag)
for base in (itertools._grouper, itertools._tee):
    try:
        class X(base):
            pass
    except TypeError as e:
        print("TypeError", str(e).startswith("type '"), str(e).endswith("is not an acceptable base type"))
