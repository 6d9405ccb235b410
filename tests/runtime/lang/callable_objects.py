class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2])))
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    st = "str"
    st()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    nn = None
    nn()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][0]()
except TypeError as e:
    print(type(e).__name__, e)
class NC: pass
try:
    NC()()
except TypeError as e:
    print(type(e).__name__, e)

class CallAttr: pass
ca = CallAttr()
ca.__call__ = lambda: "instance attr"
try:
    ca()
except TypeError as e:
    print(type(e).__name__, e)

class ChainCall:
    def __call__(self):
        return self
print(ChainCall()()()() .__class__.__name__)
class Factory:
    def __call__(self, cls):
        return cls()
print(type(Factory()(list)).__name__)

class MethCall:
    def method(self, a):
        return a
mc = MethCall()
f = mc.method
print(f(1), callable(f), callable(MethCall.method))
print(callable(print), callable(len), callable(int), callable(lambda: 0))
