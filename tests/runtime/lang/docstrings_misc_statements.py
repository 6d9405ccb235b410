"""Module docstring."""
print(__doc__)
def f():
    """Function doc."""
def g():
    x = 1
    """Not a docstring."""
class K:
    """Class doc."""
    def m(self):
        "single-quoted doc"
print(f.__doc__, g.__doc__, K.__doc__, K.m.__doc__, K().m.__doc__)
def only_doc():
    "only a docstring"
print(only_doc())
class Empty: ...
def stub(): ...
print(Empty.__doc__, stub(), ...)
x = 1; y = 2; z = x + y
print(x, y, z)
if x: print("inline if")
for i in range(2): print("inline for", i)
while False: pass
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,
]
print(items, (
    "implicit"
    " join"
))
if x == 1:
    pass
elif x == 2:
    print("no")
else:
    print("no")
def many_elif(v):
    if v < 0: return "neg"
    elif v == 0: return "zero"
    elif v < 10: return "small"
    elif v < 100: return "medium"
    else: return "large"
print([many_elif(v) for v in (-1, 0, 5, 50, 500)])
class A: pass; x = 1
print(A.x)
pass
print(f"{x}" if True else "", end="\n")
