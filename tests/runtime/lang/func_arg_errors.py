def show(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)

def zero():
    pass
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def opt(a, b=1):
    pass
def star(a, *args):
    pass
def kw(a, *, k):
    pass
def kw2(*, k1, k2, k3):
    pass

show(lambda: zero(1))
show(lambda: zero(1, 2))
show(lambda: one())
show(lambda: one(1, 2))
show(lambda: two(1))
show(lambda: two())
show(lambda: three(1))
show(lambda: three())
show(lambda: opt())
show(lambda: opt(1, 2, 3))
show(lambda: star())
show(lambda: kw(1))
show(lambda: kw(1, 2))
show(lambda: kw(1, 2, k=3))
show(lambda: kw2())
show(lambda: kw2(k1=1))
show(lambda: one(b=1))
show(lambda: one(1, a=1))
show(lambda: zero(x=1))
show(lambda: zero(x=1, y=2))
show(lambda: two(1, 2, c=3))

class C:
    def m(self, a):
        pass
    def n(self):
        pass
    @staticmethod
    def s(a):
        pass
    @classmethod
    def c(cls, a):
        pass

show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: C().n(1))
show(lambda: C.m(1))
show(lambda: C.s())
show(lambda: C.c())
show(lambda: C().c(1, 2))

lam = lambda x, y: x
show(lambda: lam(1))
show(lambda: (lambda: 0)(1))

def outer():
    def inner(q):
        pass
    return inner
show(lambda: outer()())
