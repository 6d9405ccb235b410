a = [x * x for x in range(10) if x % 2]
print(a, a[::-1], sorted(a, reverse=True), a.index(25), sum(a))
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5; print(m)
n = [[0] * 3] * 2; n[0][0] = 9; print(n)
print([*range(3), *'ab'], [1, 2, 3][1:][::-1])
