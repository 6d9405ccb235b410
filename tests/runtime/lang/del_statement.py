a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
try:
    del a
except NameError as e:
    print(type(e).__name__, e)
x, y, z = 1, 2, 3
del x, y
print("z" in globals(), "x" in globals())
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
nested = {"k": [1, {"x": 2, "y": 3}]}
del nested["k"][1]["x"]
print(nested)
(p, q) = (1, 2)
del (p, q)
print("p" in globals())
m = [1, 2, 3]
del [m[0], m[0]]
print(m)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
def f():
    v = 1
    del v
    return "v" in locals()
print(f())
class K:
    ca = 1
del K.ca
print(hasattr(K, "ca"))
try:
    del K.ca
except AttributeError as e:
    print(type(e).__name__, e)
def g():
    global gv
    gv = 1
    del gv
g()
print("gv" in globals())
big = list(range(20))
del big[2:18:3]
print(big)
try:
    del big[::0]
except ValueError as e:
    print(type(e).__name__, e)
