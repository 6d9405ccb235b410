def f(a, b=2, c=3):
    return (a, b, c)

print(f(1))
print(f(1, 5))
print(f(1, c=9))
print(f(a=7, b=8, c=9))
print(f(*[1, 2]))
print(f(**{"a": 1, "c": 4}))

def mutable_default(x, acc=[]):
    acc.append(x)
    return acc

print(mutable_default(1))
print(mutable_default(2))
print(mutable_default(3, []))
print(mutable_default(4))

def none_default(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(none_default(1), none_default(2))

counter = 10
def captured(x=counter):
    return x
counter = 20
print(captured())

print(f.__defaults__)
print(captured.__defaults__)
f.__defaults__ = (100, 200)
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)

def kwd(a, *, b=5, c):
    return a, b, c
print(kwd.__kwdefaults__)
print(kwd(1, c=2))
print(kwd.__defaults__)

def expr_default(a, b=1 + 2 * 3, c=(lambda: "lam")()):
    return a, b, c
print(expr_default(0))
