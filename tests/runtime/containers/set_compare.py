def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b > a, a < a, a <= a)
print({1, 2} == frozenset([2, 1]), frozenset([1]) == {1}, {1} == [1], {1} != [1])
print(frozenset() < {1}, {1, 2} < {3, 4}, {1, 2} <= {3, 4})
show(lambda: a < [1, 2, 3])
print({1.0, 2} == {1, 2.0})
