t = (1, [2, 3])
t[1].append(4); print(t)
try: t[0] = 5
except TypeError as e: print(e)
try: del t[0]
except TypeError as e: print(e)
a, *b = (1, 2, 3); print(a, b)
print(tuple(x for x in range(3)), (1, 2) + (), () + (1,), (1, 2, 3)[5:], (1, 2, 3)[-2:])
print(max((3, 1, 2)), sorted((3, 1, 2)), list(reversed((1, 2))), (1, 2, 3).index(3, -1))
try: (1, 2).index(1, 1)
except ValueError as e: print(e)
