print("start")
x = 1 + "two"
