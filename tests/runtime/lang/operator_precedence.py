print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4), 7 // 2 * 2, -7 // 2)
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4, 5 ^ 1 & 3)
print(not 1 == 2, not (1 == 2), (not 1) == 2, 1 < 2 == True, 1 < 2 and 2 < 3 or False)
print(True or False and False, (True or False) and False, not True or True, not (True or True))
print(1 if 0 else 2 if 0 else 3, (lambda: 1 if True else 2)(), [1, 2][0] + 1, -[1, 2][1])
print(~1 + 1, ~(1 + 1), -~5, ~-5, - - 5, + - 5, not not 5)
print(2 * -3, 2 ** -2, -2 ** -2, 3 - -3, 4 + +4, 10 % -3, -10 % 3)
print("a" + "b" * 2, ("a" + "b") * 2, [0] * 2 + [1], 3 * "x" + "y")
x0 = 1
print(1 in [1] == True, (1 in [1]) == True, x0 is not None and 2, None or 0 or [] or "end")
x = 5
print(x > 3 and x < 10, 3 < x < 10, x == 5 != 6, 0 < x != 5)
print(2 ** 2 ** 3 // 3, -3 ** 2 * 2, (1, 2) + (3,) * 2, 1 - 2 - 3 ** 2 * -1)
a, b = 3, 4
print(a if a > b else b, a * b if a < b else a + b, (a, b)[a > b], f"{a + b * 2}")
print(1 + True * 2, True + True ** 2, 5 & 3 == 1, (5 & 3) == 1, 5 > 3 > 1 > 0)
print(-1 ** 0.5 if False else "skip", 2 ** 0.5 ** 2, abs(-3) ** 2, int("1" + "0") ** 2)
lst = [1, 2, 3]
print(lst[1:][0], lst[-1:][0] * 2, len(lst) - 1 * 2, lst[len(lst) - 1] ** 2)
print(callable(lambda: 0 if False else None is None), (lambda: 1)() + 1, not [] and {})
