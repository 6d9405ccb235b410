d = {}
print("ok")
d[[1, 2]] = 3
