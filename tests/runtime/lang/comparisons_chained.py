print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 0 <= 0 < 1, "a" < "b" < "c")
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) > v(2) == v(2) < v(10) != v(11), calls)
x = 5
print(0 < x <= 10, 0 < x < 5, x in [5] in [[5]], x is not None is not False)
print(1 in [1, 2] == True)
print((1 in [1, 2]) == True)
print([] == [] is not None, None is None is None)
print(1 < 2.5 < 3, 2 ** 64 > 2 ** 63 > 1.0, 1 == 1.0 == True)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", [1, [2]] == [1, [2]])
print(float("nan") == float("nan"), float("nan") != float("nan"))
n = float("nan")
print(n in [n], [n] == [n], (n,) == (n,))
print("skip", None == False, 0 == False, "" == False)
class C:
    def __lt__(self, o):
        return "truthy-string"
print(C() < 1 < 2, 1 < 2 and C() < 1)
def cmp_nested(a, b, c):
    return a < b < c
print([cmp_nested(*t) for t in [(1, 2, 3), (3, 2, 1), (1, 1, 2)]])
