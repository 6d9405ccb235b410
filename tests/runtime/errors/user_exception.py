class MyError(Exception):
    pass
print("raising")
raise MyError("something bad", 42)
