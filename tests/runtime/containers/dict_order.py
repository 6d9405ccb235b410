d = {}
for i in [5, 3, 9, 1]: d[i] = i
del d[3]; d[3] = 'again'; d[5] = 'updated'
print(d, list(d), list(reversed(d)))
d = dict.fromkeys(range(20))
for i in range(0, 20, 2): del d[i]
d[100] = 1
print(list(d))
print({1: 1, True: 2, 1.0: 3})
