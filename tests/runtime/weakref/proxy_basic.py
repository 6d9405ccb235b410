# weakref proxies forward attribute access and operations to a live referent.
import _weakref


def shape(s):
    out, i = [], 0
    while i < len(s):
        if s.startswith('0x', i):
            out.append('0x?')
            i += 2
            while i < len(s) and s[i] in '0123456789abcdefABCDEF':
                i += 1
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Num(%r)' % self.v

    def __str__(self):
        return 'num %s' % self.v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __iadd__(self, o):
        self.v += o
        return self

    def __sub__(self, o):
        return Num(self.v - o)

    def __rsub__(self, o):
        return Num(o - self.v)

    def __mul__(self, o):
        return Num(self.v * o)

    def __truediv__(self, o):
        return Num(self.v / o)

    def __floordiv__(self, o):
        return Num(self.v // o)

    def __mod__(self, o):
        return Num(self.v % o)

    def __pow__(self, o, m=None):
        return Num(pow(self.v, o, m))

    def __divmod__(self, o):
        return divmod(self.v, o)

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(+self.v)

    def __abs__(self):
        return Num(abs(self.v))

    def __invert__(self):
        return Num(~self.v)

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return int(self.v)

    def __lshift__(self, o):
        return Num(self.v << o)

    def __and__(self, o):
        return Num(self.v & o)

    def __or__(self, o):
        return Num(self.v | o)

    def __xor__(self, o):
        return Num(self.v ^ o)

    def __eq__(self, o):
        return isinstance(o, Num) and o.v == self.v

    def __lt__(self, o):
        return self.v < o.v

    def __hash__(self):
        return hash(self.v)

    def __bool__(self):
        return self.v != 0


n = Num(6)
p = _weakref.proxy(n)
print(type(p).__name__, type(p) is _weakref.ProxyType, p.__class__.__name__)
print(p.v, repr(p) == shape(repr(p)) or shape(repr(p)), str(p))
print(p + 1, 1 + p, p - 1, 10 - p, p * 2, p / 4, p // 4, p % 4, p ** 2, pow(p, 2, 5), divmod(p, 4))
print(-p, +p, abs(Num(-3)), ~p, int(p), float(p), [10, 20, 30, 40, 50, 60, 70][p], p << 1, p & 3, p | 1, p ^ 1)
print(bool(p), p == Num(6), p == n, p != n, p < Num(7), Num(5) < p, p + p)
q = p
q += 4
print(type(q).__name__, n.v, q is n)
p.w = 'new'
print(n.w, p.w)
del p.w
print(hasattr(n, 'w'), hasattr(p, 'w'))
try:
    p.missing
except AttributeError as e:
    print('AttributeError', e)
print(shape(repr(p)))
# Containers.
lst = type('L', (list,), {})([3, 1, 2])
pl = _weakref.proxy(lst)
print(len(pl), pl[0], 1 in pl, 9 in pl, list(pl), list(reversed(pl)), sorted(pl))
pl[0] = 10
del pl[1]
print(lst, pl.count(10))
pl.append(7)
print(lst)
dd = type('D', (dict,), {})(a=1)
pd = _weakref.proxy(dd)
pd['b'] = 2
print(sorted(pd.items()), pd['a'], 'b' in pd)
it = iter([1, 2, 3])


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


itobj = It()
pi = _weakref.proxy(itobj)
print(next(pi), list(pi))
try:
    next(_weakref.proxy(n))
except TypeError as e:
    print('TypeError', e)
# Callable proxies.


def fn(x, y=2):
    return x * y


pf = _weakref.proxy(fn)
print(type(pf).__name__, type(pf) is _weakref.CallableProxyType, pf(3), pf(3, y=5), pf.__name__)


class C:
    def __call__(self, *args, **kw):
        return args, sorted(kw.items())


c = C()
pc = _weakref.proxy(c)
print(type(pc).__name__, pc(1, 2, x=3))
# Sharing: proxy(o) without callback is shared; with a callback it is not.
print(_weakref.proxy(n) is p, _weakref.proxy(n, print) is p, _weakref.getweakrefcount(n) >= 1)
r = _weakref.ref(n)
print(_weakref.getweakrefs(n)[0] is r, _weakref.getweakrefs(n)[1] is p)
print(r == p, p == r)
print(isinstance(p, _weakref.ProxyType), isinstance(pf, _weakref.CallableProxyType))
print(callable(pf), callable(pc))
