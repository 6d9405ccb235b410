def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(a=1)
print(c['a'], c['b'], 'b' in c, c.get('b'), len(c))
class Auto(dict):
    def __missing__(self, key):
        self[key] = v = Auto()
        return v
a = Auto(); a['x']['y'] = 1; print(a)
print(dict.__getitem__(c, 'a'))
show(lambda: dict.__getitem__({}, 'zz'))
