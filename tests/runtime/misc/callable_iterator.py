vals = [3, 2, 1, 0, 5]
def nxt():
    return vals.pop(0)
it = iter(nxt, 0)
print(type(it).__name__, iter(it) is it)
print(next(it), it.__next__(), list(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
count = [0]
def inc():
    count[0] += 1
    return count[0]
print(list(iter(inc, 4)))
