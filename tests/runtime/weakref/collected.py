# References to objects that became unreachable: after gc.collect() (CPython
# frees them at once; Grail's collector may keep a few alive through stale
# stack words, so only aggregates and the first dead reference are printed).
import _weakref
import gc


class A:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n


log = []
cb = log.append


def make(n, hashed):
    out = []
    for i in range(n):
        o = A(i)
        r = _weakref.ref(o, cb)
        if hashed:
            hash(r)
        del o
        out.append(r)
    return out


def churn():
    # Allocate and collect a few times so no stale pointer survives.
    for _ in range(3):
        junk = [[i] * 10 for i in range(2000)]
        del junk
        gc.collect()


refs = make(300, False)
hashed = make(300, True)
proxies = [_weakref.proxy(A(i)) for i in range(300)]
keep = A(-1)
live = _weakref.ref(keep, cb)
churn()
_weakref.getweakrefcount(keep)  # Grail runs due callbacks when the weakref API is next used
dead = [r for r in refs if r() is None]
dead_hashed = [r for r in hashed if r() is None]
print('mostly dead', len(dead) > 250, len(dead_hashed) > 250)
print('callbacks', len(log) > 500, len(log) <= 600, all(x() is None for x in log), live() is keep)
print('callback identity', all(any(x is r for r in refs + hashed) for x in log[:20]))
d = dead[0]
print('callback cleared', d.__callback__, live.__callback__ is cb)
print('repr', repr(d).endswith('; dead>'), repr(d).startswith('<weakref at 0x'))
try:
    hash(d)
except TypeError as e:
    print('TypeError', e)
print('cached hash', hash(dead_hashed[0]) < 300)
print('eq dead', d == d, d == dead[1], d != dead[1], d == live, live == d)
n = 0
for p in proxies:
    try:
        p.n
    except ReferenceError as e:
        n += 1
        msg = str(e)
print('dead proxies', n > 250, msg)
try:
    bool(next(p for p in proxies if repr(p).find('NoneType') >= 0))
except ReferenceError as e:
    print('ReferenceError', e)
print('count', _weakref.getweakrefcount(keep), len(_weakref.getweakrefs(keep)))
dd = {'a': dead[0], 'b': live}
_weakref._remove_dead_weakref(dd, 'a')
_weakref._remove_dead_weakref(dd, 'b')
print(sorted(dd))
