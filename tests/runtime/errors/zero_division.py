print(10 / 2)
print(1 // 0)
