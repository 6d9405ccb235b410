from math import gcd
class Rational:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("denominator is zero")
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Rational):
            return o
        if isinstance(o, int):
            return Rational(o)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Rational(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return self + Rational(-o.n, o.d)
    def __rsub__(self, o):
        return Rational(-self.n, self.d) + o
    def __mul__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Rational(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Rational(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Rational(self.d, self.n) * o
    def __neg__(self): return Rational(-self.n, self.d)
    def __abs__(self): return Rational(abs(self.n), self.d)
    def __pow__(self, k): return Rational(self.n ** k, self.d ** k) if k >= 0 else Rational(self.d ** -k, self.n ** -k)
    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self): return hash((self.n, self.d))
    def __float__(self): return self.n / self.d
    def __bool__(self): return self.n != 0
    def __repr__(self): return f"{self.n}/{self.d}" if self.d != 1 else f"{self.n}"
R = Rational
a, b = R(1, 2), R(1, 3)
print(a + b, a - b, a * b, a / b, 1 + a, 1 - a, 2 * b, 1 / a, -a, abs(R(-3, 4)), a ** 3, a ** -2)
print(a == R(2, 4), a < b, b < a, a <= R(1, 2), a > b, sorted([a, b, R(0), R(-1, 5)]), float(R(1, 8)))
print(sum([R(1, n) for n in range(1, 7)], R(0)), {R(1, 2), R(2, 4), R(3, 6)}, bool(R(0)), R(6, -4))
for bad in [lambda: R(1, 0), lambda: a + 0.5, lambda: a < "x", lambda: R(1) / R(0)]:
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
class Vec:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return Vec(*(x + y for x, y in zip(self.c, o.c)))
    def __sub__(self, o): return Vec(*(x - y for x, y in zip(self.c, o.c)))
    def __mul__(self, k): return Vec(*(x * k for x in self.c))
    __rmul__ = __mul__
    def __matmul__(self, o): return sum(x * y for x, y in zip(self.c, o.c))
    def __abs__(self): return (self @ self) ** 0.5
    def __eq__(self, o): return self.c == o.c
    def __iter__(self): return iter(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __repr__(self): return f"Vec{self.c}"
v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, v @ w, abs(Vec(3, 4)), list(v), len(v), v[1], v[::-1], v == Vec(1, 2, 3))
x, y, z = v
print(x, y, z, max(v), Vec(*w))
