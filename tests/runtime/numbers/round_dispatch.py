# round() dispatches to __round__
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3), round(R(), None), round(R(), ndigits=2))
class Half:
    def __init__(self, v):
        self.v = v
    def __round__(self, n=None):
        if n is None:
            return round(self.v)
        return Half(round(self.v, n))
    def __repr__(self):
        return 'Half(' + repr(self.v) + ')'
print(round(Half(3.5)), round(Half(2.5)), round(Half(3.14159), 3))
def t(*a, **k):
    try:
        print(repr(round(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t('1.5')
t([1])
t(1.5, '1')
t(1.5, 1.0)
t()
t(1, 2, 3)
t(1.5, x=1)
class M(int):
    pass
t(M(15), -1)
t(1j)
