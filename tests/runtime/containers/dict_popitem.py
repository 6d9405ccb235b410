def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {i: str(i) for i in range(5)}
print(d.popitem(), d.popitem(), d)
d[10] = 'x'; print(d.popitem(), d)
while d: d.popitem()
show(lambda: d.popitem())
d['k'] = 1; print(d)
