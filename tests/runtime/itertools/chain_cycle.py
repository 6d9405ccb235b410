# itertools.chain, chain.from_iterable, cycle, accumulate, compress: laziness and errors.
from itertools import chain, cycle, accumulate, compress, count, islice


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


print(list(chain()), list(chain('abc')), list(chain('ab', [], (1, 2), {3: 4})))
print(list(chain.from_iterable(['ab', range(3)])), list(islice(chain.from_iterable(count() for _ in count()), 3)))
it = chain([1], 5, [2])
print(next(it))
err(lambda: next(it))
err(lambda: chain(x=1))
print(chain[int], chain.__class_getitem__(str))
print(list(islice(chain(count(), 'never'), 5)))

print(list(islice(cycle('ab'), 5)), list(cycle([])), list(islice(cycle(iter([1, 2, 3])), 8)))
err(lambda: cycle())
err(lambda: cycle(1))
err(lambda: cycle([1], [2]))
err(lambda: cycle(iterable=[1]))

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(accumulate([], initial=5)), list(accumulate([1, 2], initial=None)), list(accumulate('abc')))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], func=lambda a, b: a - b, initial=100)))
print(list(islice(accumulate(count()), 6)))
err(lambda: list(accumulate([1, 'a'])))
err(lambda: accumulate())
err(lambda: accumulate([1], None, 3))
err(lambda: accumulate([1], foo=2))
err(lambda: accumulate(5))

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('ABC', [1])), list(compress('A', [1, 1, 1])))
print(list(compress(data=range(6), selectors=[0, 1] * 3)), list(islice(compress(count(), cycle([0, 1])), 4)))
err(lambda: compress('a'))
err(lambda: compress(1, [1]))
err(lambda: compress('a', [1], 3))
