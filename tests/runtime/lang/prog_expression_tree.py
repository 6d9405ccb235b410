class Expr:
    def __add__(self, o): return Add(self, lift(o))
    def __radd__(self, o): return Add(lift(o), self)
    def __mul__(self, o): return Mul(self, lift(o))
    def __rmul__(self, o): return Mul(lift(o), self)
    def __sub__(self, o): return Add(self, Mul(Const(-1), lift(o)))
    def __pow__(self, n): return Pow(self, n)
    def __neg__(self): return Mul(Const(-1), self)
def lift(v):
    return v if isinstance(v, Expr) else Const(v)
class Const(Expr):
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
    def diff(self, var): return Const(0)
    def simplify(self): return self
    def __repr__(self): return str(self.v)
class Var(Expr):
    def __init__(self, name): self.name = name
    def eval(self, env): return env[self.name]
    def diff(self, var): return Const(1 if var == self.name else 0)
    def simplify(self): return self
    def __repr__(self): return self.name
class Add(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    def eval(self, env): return self.a.eval(env) + self.b.eval(env)
    def diff(self, var): return Add(self.a.diff(var), self.b.diff(var))
    def simplify(self):
        a, b = self.a.simplify(), self.b.simplify()
        if isinstance(a, Const) and isinstance(b, Const): return Const(a.v + b.v)
        if isinstance(a, Const) and a.v == 0: return b
        if isinstance(b, Const) and b.v == 0: return a
        return Add(a, b)
    def __repr__(self): return f"({self.a} + {self.b})"
class Mul(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    def eval(self, env): return self.a.eval(env) * self.b.eval(env)
    def diff(self, var): return Add(Mul(self.a.diff(var), self.b), Mul(self.a, self.b.diff(var)))
    def simplify(self):
        a, b = self.a.simplify(), self.b.simplify()
        if isinstance(a, Const) and isinstance(b, Const): return Const(a.v * b.v)
        for x, y in ((a, b), (b, a)):
            if isinstance(x, Const) and x.v == 0: return Const(0)
            if isinstance(x, Const) and x.v == 1: return y
        return Mul(a, b)
    def __repr__(self): return f"{self.a} * {self.b}"
class Pow(Expr):
    def __init__(self, base, n): self.base, self.n = base, n
    def eval(self, env): return self.base.eval(env) ** self.n
    def diff(self, var): return Mul(Mul(Const(self.n), Pow(self.base, self.n - 1)), self.base.diff(var))
    def simplify(self):
        b = self.base.simplify()
        if self.n == 0: return Const(1)
        if self.n == 1: return b
        return Pow(b, self.n)
    def __repr__(self): return f"{self.base}^{self.n}"
x, y = Var("x"), Var("y")
e = 3 * x ** 2 + 2 * x * y - y + 5
print(e)
print(e.eval({"x": 2, "y": 3}))
print(e.diff("x").simplify())
print(e.diff("y").simplify())
print(e.diff("x").simplify().eval({"x": 1, "y": 1}), (-x).eval({"x": 4}))
try:
    e.eval({"x": 1})
except KeyError as k:
    print("unbound variable", k)
