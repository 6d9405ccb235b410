def f():
    f()
print("recursing")
f()
