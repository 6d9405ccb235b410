def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
show(lambda: a.append())
show(lambda: a.append(1, 2))
show(lambda: a.append(x=1))
show(lambda: a.insert(1))
show(lambda: a.insert('x', 1))
show(lambda: a.pop(1, 2))
show(lambda: a.pop(x=1))
show(lambda: a.pop(10))
show(lambda: [].pop())
show(lambda: a.pop(2**70))
show(lambda: a.remove(9))
show(lambda: a.index(9))
show(lambda: a.index('x'))
show(lambda: a.index())
show(lambda: a.count())
show(lambda: a.clear(1))
show(lambda: a.copy(1))
show(lambda: list(1, 2))
show(lambda: list(x=1))
show(lambda: list(5))
show(lambda: list.append(1, 2))
