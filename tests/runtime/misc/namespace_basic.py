import sys
NS = type(sys.implementation)
print(NS.__name__, NS.__module__)
n = NS(a=1, b="x")
print(n, repr(n))
print(n.a, n.b)
n.c = [1]
print(n)
del n.a
print(n)
print(NS() == NS(), NS(a=1) == NS(a=1), NS(a=1) == NS(a=2), NS(a=1) != NS(a=1))
print(NS(a=1) == {"a": 1})
try:
    NS(1)
except TypeError as e:
    print(e)
try:
    hash(NS())
except TypeError as e:
    print(e)
r = NS()
r.me = r
print(r)
class Sub(NS):
    pass
s = Sub(z=3)
print(s, s == NS(z=3))
print(vars(NS(q=1)))
