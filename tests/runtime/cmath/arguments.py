# Argument conversion (__complex__, __float__, __index__, subclasses) and errors.
import cmath


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 9


class Bad:
    def __complex__(self):
        return 5


class CS(complex):
    def __complex__(self):
        return 100j


class FS(float):
    pass


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(CS(4)), cmath.sqrt(FS(-9.0)), cmath.sqrt(True))
print(cmath.polar(C()), cmath.phase(F()), cmath.rect(I(), F()), cmath.isclose(C(), 3 + 4j))
print(cmath.exp(10**20 // 10**20), cmath.log(10**300, 10))


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


t(cmath.sqrt, Bad())
t(cmath.sqrt, 'x')
t(cmath.sqrt, None)
t(cmath.sqrt)
t(cmath.sqrt, 1, 2)
t(cmath.sqrt, z=1)
t(cmath.exp, 10**400)
t(cmath.log)
t(cmath.log, 1, 2, 3)
t(cmath.log, 1, 'x')
t(cmath.rect, 1)
t(cmath.rect, 'a', 1)
t(cmath.rect, 1, 2, 3)
t(cmath.phase)
t(cmath.phase, z=1)
t(cmath.polar, [])
t(cmath.isclose, 1)
t(cmath.isclose, 1, 2, 3)
t(cmath.isclose, 1, 2, rel_tol=-1)
t(cmath.isclose, 1, 2, abs_tol=-1)
t(cmath.isclose, 1, 2, foo=1)
t(cmath.isclose, 1, 'x')
t(cmath.isclose, 1, 2, rel_tol='x')
t(cmath.isfinite, 'x')
t(cmath.exp, 1000)
t(cmath.exp, complex(1000, 0))
t(cmath.cosh, 1000)
t(cmath.sinh, complex(-1000, 1))
t(cmath.sin, complex(1, 1000))
t(cmath.tan, complex(1, 1000))
t(cmath.atanh, 1)
t(cmath.atanh, -1)
t(cmath.log10, 0)
t(cmath.acos, 2)
t(cmath.rect, 1, cmath.inf)
t(cmath.rect, 0, cmath.inf)
t(cmath.rect, cmath.inf, 1)


class FS2(float):
    def __float__(self):
        return 99.0


class IS(int):
    def __float__(self):
        return 16.0


print(cmath.sqrt(FS2(4.0)), cmath.rect(FS2(2.0), 0), cmath.isclose(1, 1.5, rel_tol=FS2(0.5)), cmath.sqrt(IS(4)))
