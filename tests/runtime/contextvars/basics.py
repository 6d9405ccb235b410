# ContextVar get/set/reset, Token, copy_context, Context mapping protocol.
import _contextvars as cv

v = cv.ContextVar('v')
w = cv.ContextVar('w', default=5)
print(v.name, w.name, w.get(), v.get(7), v.get(None), w.get(8))
try:
    v.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0] is v)
tok = v.set(1)
print(tok.var is v, tok.old_value is cv.Token.MISSING, repr(cv.Token.MISSING), v.get())
tok2 = v.set(2)
print(tok2.old_value, v.get())
v.reset(tok2)
print(v.get())
v.reset(tok)
print(v.get(None))
v.set(3)
c = cv.copy_context()
print(type(c).__name__, len(c), v in c, w in c, c[v], c.get(v), c.get(w), c.get(w, 9), list(c.keys()) == [v],
      list(c.values()), list(c.items()) == [(v, 3)], list(c) == [v])


def f(x, y=0):
    v.set(x + y)
    w.set('in')
    return v.get(), w.get()


print(c.run(f, 10, y=5), v.get(), w.get(), c[v], c[w], len(c))
c2 = c.copy()
print(c2 == c, c2 is c, c2[v], cv.Context() == cv.Context(), c != cv.Context())
c2.run(v.set, 100)
print(c[v], c2[v], c == c2)
e = cv.Context()
print(len(e), list(e), e.get(v), e.run(v.get, 'dflt'), e.run(w.get))
print(cv.ContextVar[int], cv.Token[str])
print(cv.ContextVar.__name__, cv.Token.__name__, cv.Context.__name__)
print(cv.ContextVar.__module__, cv.Context.__module__, cv.Token.__module__)
m = []
for i in range(5):
    m.append(cv.ContextVar('m%d' % i, default=i))
ctx = cv.Context()


def setall():
    for i, var in enumerate(m):
        var.set(i * 10)
    return [var.get() for var in m]


print(ctx.run(setall), [var.get() for var in m], [ctx[var] for var in m])
print(hash(v) == hash(v), v == v, v != w, {v: 1, w: 2}[w])
