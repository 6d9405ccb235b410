# product, permutations, combinations, combinations_with_replacement, zip_longest.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr, zip_longest, count, islice


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


print(list(product()), list(product('ab')), list(product('ab', [1, 2])), list(product('ab', repeat=0)))
print(list(product('ab', '')), list(product(range(2), repeat=3)), len(list(product('abc', 'de', repeat=2))))
print(list(product([1, 2], repeat=2)))
print(list(permutations('abc')), list(permutations('abc', 0)), list(permutations('ab', 3)), list(permutations([])))
print(list(permutations(range(4), 2)), len(list(permutations(range(5)))), list(permutations('ab', r=None)))
print(list(combinations('abcd', 3)), list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations([], 0)))
print(list(combinations(range(5), 5)), len(list(combinations(range(10), 4))))
print(list(cwr('abc', 2)), list(cwr('', 2)), list(cwr('', 0)), list(cwr('ab', 0)), len(list(cwr(range(5), 3))))
print(list(zip_longest('abc', [1])), list(zip_longest()), list(zip_longest('ab', fillvalue=0)), list(zip_longest('a', 'bcd', fillvalue='-')))
print(list(islice(zip_longest(count(), 'ab'), 4)))
err(lambda: product('a', repeat=-1))
err(lambda: product('a', foo=1))
err(lambda: product('a', repeat='x'))
err(lambda: product(1))
err(lambda: permutations('abc', -1))
err(lambda: permutations('abc', 1.5))
err(lambda: permutations('abc', '2'))
err(lambda: permutations(1))
err(lambda: permutations())
err(lambda: combinations('abc'))
err(lambda: combinations('abc', -2))
err(lambda: combinations('abc', 'a'))
err(lambda: combinations('abc', 2, 3))
err(lambda: combinations(3, 2))
err(lambda: cwr('abc', -1))
err(lambda: cwr(r=2))
err(lambda: zip_longest('a', foo=1))
err(lambda: zip_longest('a', fillvalue=1, foo=2))
err(lambda: zip_longest(1))
print(list(combinations(iterable='abc', r=2)), list(permutations(iterable='ab', r=1)))


class P(product):
    pass


print(list(P('ab', repeat=2)), type(P('a')).__name__)
