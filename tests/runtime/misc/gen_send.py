def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(next(g), g.send(1), g.send(2), g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value, e.args)
try:
    g.send(1)
except StopIteration as e:
    print("again", e.value, e.args)
h = acc()
try:
    h.send(5)
except TypeError as e:
    print(e)
print(h.send(None))
