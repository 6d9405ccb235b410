class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v!r})"

ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
for op in ops:
    def fwd(self, other, op=op):
        return f"{op}({self.v},{other})"
    def rev(self, other, op=op):
        return f"r{op}({self.v},{other})"
    def inp(self, other, op=op):
        return V(f"i{op}({self.v},{other})")
    setattr(V, f"__{op}__", fwd)
    setattr(V, f"__r{op}__", rev)
    setattr(V, f"__i{op}__", inp)

a = V(1)
print(a + 2, a - 2, a * 2, a / 2, a // 2, a % 2, a ** 2)
print(a << 2, a >> 2, a & 2, a | 2, a ^ 2, a @ 2)
print(2 + a, 2 - a, 2 * a, 2 / a, 2 // a, 2 % a, 2 ** a)
print(2 << a, 2 >> a, 2 & a, 2 | a, 2 ^ a, 2 @ a)
x = V(0)
x += 1; print(x)
x = V(0)
x -= 1; print(x)
x = V(0); x *= 1; print(x)
x = V(0); x /= 1; print(x)
x = V(0); x //= 1; print(x)
x = V(0); x %= 1; print(x)
x = V(0); x **= 1; print(x)
x = V(0); x <<= 1; print(x)
x = V(0); x >>= 1; print(x)
x = V(0); x &= 1; print(x)
x = V(0); x |= 1; print(x)
x = V(0); x ^= 1; print(x)
x = V(0); x @= 1; print(x)
print(pow(a, 3), pow(3, a))

class OnlyAdd:
    def __add__(self, o):
        return "OnlyAdd.add"
y = OnlyAdd()
y += 1
print(y)

class Unary:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
u = Unary()
print(-u, +u, ~u, abs(u))
for expr in ["-object()", "+'s'", "~1.5", "abs('x')", "not_a = -[1]"]:
    try:
        exec(expr)
    except TypeError as e:
        print(type(e).__name__, e)

bad = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: 1 - "a", lambda: "a" * 1.5,
    lambda: {} + {}, lambda: None + 1, lambda: 1 / "x", lambda: 2 ** "x", lambda: 1 << 1.0,
    lambda: 1 & 1.0, lambda: 1 @ 1, lambda: object() < object(), lambda: [1] < (1,), lambda: 1 < "a",
    lambda: None > None, lambda: "a" % 1.2, lambda: [] - [], lambda: V(1) < 1,
]
for fn in bad:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
z = [1]
try:
    z -= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    z @= 1
except TypeError as e:
    print(type(e).__name__, e)
w = None
try:
    w += 1
except TypeError as e:
    print(type(e).__name__, e)
