# Error cases with CPython's messages (addresses stripped).
import _contextvars as cv


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r).split(' at 0x')[0])
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])


v = cv.ContextVar('v')
w = cv.ContextVar('w', default=5)
t(cv.ContextVar)
t(cv.ContextVar, 1)
t(cv.ContextVar, 'a', 1)
t(cv.ContextVar, 'a', foo=1)
t(cv.ContextVar, name='a')
t(v.get)
t(v.get, default=7)
t(v.get, 1, 2)
t(v.set)
t(v.set, 1, 2)
t(v.reset)
t(v.reset, 1)
tok = v.set(1)
t(v.reset, tok)
t(v.reset, tok)
t(w.reset, v.set(3))
t(cv.Token)
t(cv.Token.__new__, cv.Token)
c = cv.copy_context()
t(c.__getitem__, w)
t(c.__getitem__, 1)
t(c.get, 1)
t(c.__contains__, 1)
t(c.get)
t(c.keys, 1)
t(c.run)
t(c.run, 5)


def g():
    return c.run(lambda: 1)


t(c.run, g)
t(cv.Context, 1)
t(cv.Context, a=1)
t(cv.copy_context, 1)
t(setattr, v, 'name', 'x')
tok2 = v.set(4)
t(c.run, v.reset, tok2)
tok3 = c.run(v.set, 99)
t(v.reset, tok3)
print(cv.Context.__hash__)
print(repr(v).split(' at ')[0], repr(w).split(' at ')[0], repr(tok3).split(' at ')[0])
t(c.run, lambda: 1 / 0)
print(c.run(lambda: 2))
try:
    type('S', (cv.ContextVar,), {})
except TypeError:
    print('TypeError subclass')
print(repr(c).split(' at ')[0], repr(cv.Token.MISSING))
