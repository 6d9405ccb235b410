n = None
print(n[0])
