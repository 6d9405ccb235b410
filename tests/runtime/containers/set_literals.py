x = 5
print({1, 2, x}, {x, 1, 2}, {*range(3), 10})
print({i * 3 for i in range(10)})
print({i % 4 for i in range(20)})
print(len({(1, 2), (1, 2), (2, 1)}))
