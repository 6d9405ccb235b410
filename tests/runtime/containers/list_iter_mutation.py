def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x == 1: a.append(4)
print(out)
a = [1, 2, 3, 4]
for x in a:
    a.remove(x)
print(a)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
a = [1, 2, 3]; r = reversed(a); a.clear(); print(list(r))
