class Tracker:
    def __init__(self):
        self.log = []
        self._v = 1
    def __getattr__(self, name):
        raise AttributeError(name)
    @property
    def v(self):
        self.log.append("get v")
        return self._v
    @v.setter
    def v(self, val):
        self.log.append(f"set v={val}")
        self._v = val
t = Tracker()
t.v += 5
print(t.v, t.log)

class Sub:
    def __init__(self):
        self.data = {"k": 1}
        self.log = []
    def __getitem__(self, k):
        self.log.append(f"get {k}")
        return self.data[k]
    def __setitem__(self, k, v):
        self.log.append(f"set {k}={v}")
        self.data[k] = v
s = Sub()
s["k"] *= 10
print(s.data, s.log)

calls = []
def key():
    calls.append("key")
    return 0
def container():
    calls.append("container")
    return lst
lst = [5]
container()[key()] += 1
print(lst, calls)

a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t1 = (1, 2)
t2 = t1
t1 += (3,)
print(t1, t2, t1 is t2)
s1 = "ab"; s1 += "c"; print(s1)
n = 10
n -= 3; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 0xff; n ^= 5
print(n)
f = 1.5
f /= 2; f -= 0.25
print(f)
d = {"a": [1]}
d["a"] += [2]
d.setdefault("b", 0)
d["b"] += 1
print(d)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
x = [0, 1, 2, 3, 4]
x[1:3] += ["a"]
print(x)
class C:
    cv = 0
c = C()
c.cv += 1
print(C.cv, c.cv)
st = {1}
st |= {2}
st &= {2, 3}
print(st)
