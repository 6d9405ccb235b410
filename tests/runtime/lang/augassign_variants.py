g = 1
def aug_global():
    global g
    g += 10
    g *= 2
aug_global()
print(g)
def aug_nonlocal():
    v = "a"
    def inner():
        nonlocal v
        v += "b"
        v *= 2
    inner()
    return v
print(aug_nonlocal())
class C:
    cls_list = []
    count = 0
C.count += 5
c = C()
c.count += 1
c.cls_list += [1]
print(C.count, c.count, C.cls_list, "cls_list" in c.__dict__)
d = {"n": {"m": [1]}}
d["n"]["m"] += [2]
d["n"]["z"] = d["n"].get("z", 0)
d["n"]["z"] += 3
print(d)
s = "x"
for _ in range(3):
    s += s
print(s, len(s))
lst = [[1], [2]]
lst[0] += lst[1]
lst[1] *= 3
print(lst)
fs = frozenset({1})
fs |= {2}
print(sorted(fs), type(fs).__name__)
t = (1,)
t *= 3
print(t)
b = b"ab"
b += b"c"
ba = bytearray(b"x")
ba_alias = ba
ba += b"y"
print(b, ba, ba is ba_alias)
n = 7
n //= 2; print(n)
n **= 3; print(n)
n %= 5; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
n ^= 0b1010; print(n)
n &= 6; print(n)
n |= 9; print(n)
f = 10
f /= 4; print(f)
f //= 0.5; print(f)
m = [1, 2]
m *= 0
print(m)
x = 2 ** 62
x += x
print(x)
x -= 2 ** 64
print(x)
