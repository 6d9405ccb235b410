def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = P(1, 2)
print(p, p.x, type(p).__name__, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)))
print(type(p[:]).__name__, p[::-1])
class T(tuple): pass
print(T([1, 2]), T(), repr(T('ab')))
t = (1, 2)
print(t[:] is t, tuple(t) is t)
