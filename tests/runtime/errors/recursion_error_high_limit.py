import sys
sys.setrecursionlimit(100000)
def f():
    f()
print("recursing deep")
f()
