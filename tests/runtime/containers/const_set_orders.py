# Constant set displays and `in {...}` tests: CPython builds a frozenset
# constant (rebuilt once by the constant merger); the display's order follows.
print({0, 8, 16, 24, 32, 1})
print({5, 13, 21, 29, 37, 45, 53, 2, 10})
print({"a", "b", "c"} == {"c", "b", "a"})
print(sorted({3.5, 1.25, 2.0, 7.0}))
for x in (1, 8, 33, 100):
    print(x, x in {1, 9, 17, 33, 41, 49})
print({(1, 2), (3, 4), (5, 6)} >= {(1, 2)})
print(list({64, 0, 128, 32, 96, 1, 2, 3}))
