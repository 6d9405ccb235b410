print(hash(0), hash(1), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30) % 1000)
print(hash(1.5), hash(-1.5), hash(0.0), hash(1e300) % 1000, hash(2 ** 0.5) % 1000, hash(True), hash(False))
print(hash(()), hash((1,)) == hash((1,)), hash((1, 2)) != hash((2, 1)), hash(((1,), (2,))) == hash(((1,), (2,))))
print(hash(frozenset()) == hash(frozenset()), hash(1 + 0j) == hash(1), hash(complex(1, 1)) % 1000, hash(None) == hash(None))
from fractions import Fraction
from decimal import Decimal
print(hash(Fraction(1, 2)) == hash(0.5), hash(Decimal("2.5")) == hash(2.5), hash(Fraction(3)) == hash(3))
records = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "LA"), ("dave", 30, "NY"), ("eve", 25, "NY")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[2], -r[1], r[0])))
by_city = sorted(records, key=lambda r: r[2])
print(sorted(by_city, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
import operator
print(sorted(records, key=operator.itemgetter(2, 0)))
print(sorted([3, 1, 2], key=lambda v: 0), sorted("bBaA"), sorted("bBaA", key=str.lower), sorted([-2, 1, -1], key=abs))
print(sorted([1, 2, 3], key=lambda v: -v), sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
try:
    sorted([1, 2], key=lambda v: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    sorted([{"a": 1}, {"a": 2}])
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def keyf(v):
    calls.append(v)
    return v
sorted([3, 1, 2], key=keyf)
print(calls)
lst = [5, 3, 5, 1]
lst.sort(key=lambda v: v % 2)
print(lst)
try:
    lst2 = [3, 2, 1]
    lst2.sort(key=lambda v: lst2.append(0) or v)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(range(10), key=lambda x: (x % 3, -x)))
