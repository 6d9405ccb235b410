import functools, itertools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))
add3 = functools.partial(lambda a, b, c: a + b + c, 1, c=10)
print(add3(5), add3.args, sorted(add3.keywords.items()))
@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info().hits)
class C:
    @functools.cached_property
    def heavy(self):
        print("computed once")
        return 42
c = C()
print(c.heavy, c.heavy)
@functools.singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int"
@describe.register(list)
def _(x):
    return "list"
print(describe(1), describe([]), describe("s"), describe(True))
print(list(itertools.chain([1], "ab")), list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.repeat("x", 2)))
print(list(itertools.product("ab", [1, 2])), list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations("abc", 2)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.zip_longest("ab", [1], fillvalue=0)), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.pairwise([1, 2, 3])))
cyc = itertools.cycle("xy")
print([next(cyc) for _ in range(5)], list(itertools.combinations_with_replacement([1, 2], 2)))
t1, t2 = itertools.tee(iter([1, 2, 3]))
print(list(t1), list(t2), list(itertools.filterfalse(None, [0, 1, 0, 2])))
print(operator.itemgetter(1)([5, 6]), operator.attrgetter("real")(3), operator.methodcaller("upper")("a"), sorted([(1, "b"), (0, "c")], key=operator.itemgetter(1)))
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
