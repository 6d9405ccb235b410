print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)))
print(list(range(-5, -1)), list(range(0, -10, -4)), list(range(3, 0)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], 9 in r, 10 in r, r.index(13), r.count(5))
print(range(0) == range(5, 2), range(1, 4) == range(1, 5)[:3], hash(range(3)) == hash(range(0, 3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.index(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
big = range(10 ** 20)
print(len(range(0, 10 ** 18, 7)), big[-1], 10 ** 19 in big)
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
total = 0
for i in range(1, 101):
    total += i
print(total)
acc = []
for i in range(3):
    for j in range(i, 3):
        acc.append(i * 10 + j)
print(acc)
for i in range(3):
    i = 100
print(i)
print(list(reversed(range(1, 10, 2))), sum(range(0, 1000, 7)), max(range(3, 40, 6)))
print(range(3).start, range(3).stop, range(3).step, range(1, 2, 3).step)
print(list(range(True, 3)), bool(range(0)), list(enumerate(range(3), 1)))
