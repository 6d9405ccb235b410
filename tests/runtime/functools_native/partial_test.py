# _functools.partial: calls, attributes, flattening, repr, subclassing, pickling state.
from _functools import partial


def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


def f(*args, **kw):
    return args, sorted(kw.items())


p = partial(f, 1, 2, a=3)
print(p(), p(4, b=5), p(a=10))
print(p.func is f, p.args, p.keywords, type(p.keywords).__name__)
print(repr(partial(len)), repr(partial(len, [1])), repr(partial(print, 1, x='y')), repr(partial(partial(print, 2), 3)))
q = partial(p, 7, b=8)
print(q.func is f, q.args, sorted(q.keywords.items()), q())
p.attr = 'set'
r = partial(p, 9)
print(r.func is p, r.args, r())
print(partial(int, base=2)('101'), partial(int, '10')(base=16), list(map(partial(pow, 2), range(5))))
err(lambda: partial())
err(lambda: partial(1))
err(lambda: partial(func=f))
err(lambda: setattr(p, 'func', len))
err(lambda: setattr(p, 'args', ()))
err(lambda: partial(len)(1, 2))
print(p.__dict__, hasattr(partial, '__get__'))


class A:
    m = partial(f, 'unbound')


print(A().m(1))


class P(partial):
    pass


sp = P(f, 1)
print(type(sp).__name__, repr(P(print, 1)), sp(2), isinstance(sp, partial))
print(partial[int], partial.__class_getitem__(str))
red = partial(f, 1, k=2).__reduce__()
print(red[0] is partial, red[1][0] is f, red[2][1], red[2][2], red[2][3])
s = partial(len)
s.__setstate__((f, (5,), {'z': 1}, None))
print(s(), s.args, s.keywords)
err(lambda: s.__setstate__((f,)))
err(lambda: s.__setstate__(1))
err(lambda: s.__setstate__((1, (), None, None)))
err(lambda: s.__setstate__((f, [1], None, None)))
s.__setstate__((f, (), None, {'x': 1}))
print(s.keywords, s.x)
rec = partial(f)
rec.__setstate__((f, (rec,), None, None))
print(repr(rec).count('...'))
print(type(partial).__name__, partial.__name__, partial.__module__, repr(partial))
