# Keys whose __eq__/__hash__ mutate the dict or set during lookups.
log = []

class Mut:
    """Equal by value; __eq__ may mutate a target container."""
    target = None
    action = None
    def __init__(self, v, h=1):
        self.v = v
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        log.append(("eq", self.v, getattr(other, "v", other)))
        if Mut.action is not None:
            a, Mut.action = Mut.action, None
            a()
        return isinstance(other, Mut) and other.v == self.v
    def __repr__(self):
        return "Mut(%r)" % (self.v,)

# __eq__ inserts an unrelated key (no resize): lookup continues
d = {Mut(1): "a", Mut(2): "b"}
Mut.action = lambda: d.__setitem__("other", 0)
print(d.get(Mut(2)), len(d), log); log.clear()

# __eq__ inserts enough keys to resize the table: lookup restarts
d = {Mut(1): "a", Mut(2): "b"}
def grow():
    for i in range(50):
        d[i] = i
Mut.action = grow
print(d.get(Mut(2)), len(d), len(log) >= 2); log.clear()

# __eq__ deletes the entry being compared: lookup restarts
d = {Mut(1): "a", Mut(2): "b"}
k1 = list(d)[0]
Mut.action = lambda: d.pop(k1)
print(Mut(2) in d, Mut(1) in d, len(d)); log.clear()

# setitem where __eq__ clears the dict
d = {Mut(1): "a"}
Mut.action = d.clear
d[Mut(1)] = "new"
print(d, len(d)); log.clear()

# delitem where __eq__ inserts
d = {Mut(1): "a", Mut(2): "b"}
Mut.action = lambda: d.__setitem__("x", 1)
del d[Mut(2)]
print(list(d.items())); log.clear()

# setdefault / pop with mutating __eq__
d = {Mut(5): 5}
Mut.action = lambda: d.__setitem__("y", 2)
print(d.setdefault(Mut(5), 9), d.setdefault(Mut(6), 6), len(d)); log.clear()
Mut.action = lambda: d.__setitem__("w", 3)
print(d.pop(Mut(6)), d.pop(Mut(7), "dflt"), sorted(map(str, d))); log.clear()

# __eq__ raising propagates from every operation
class Bad:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError("no eq")
d = {Bad(): 1}
for op in (lambda: d[Bad()], lambda: d.get(Bad()), lambda: d.__setitem__(Bad(), 2),
           lambda: d.pop(Bad()), lambda: Bad() in d, lambda: d.setdefault(Bad())):
    try:
        op()
        print("no error")
    except ValueError as e:
        print(type(e).__name__, e)
print(len(d))

# __hash__ raising
class BadHash:
    def __hash__(self): raise TypeError("bad hash")
for op in (lambda: {}[BadHash()], lambda: {}.get(BadHash()), lambda: set().add(BadHash()),
           lambda: BadHash() in {1}, lambda: {1: 2}.pop(BadHash())):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
print({}.pop(BadHash(), "empty dict skips the hash"))

# sets: __eq__ mutating the set
s = {Mut(1), Mut(2)}
Mut.action = lambda: s.add("zz")
print(Mut(2) in s, len(s)); log.clear()
s = {Mut(1), Mut(2)}
def grow_set():
    for i in range(100):
        s.add(i)
Mut.action = grow_set
s.add(Mut(3))
print(len(s), Mut(3) in s); log.clear()
s = {Mut(1), Mut(2)}
Mut.action = s.clear
s.discard(Mut(2))
print(len(s)); log.clear()
s = {Mut(1)}
Mut.action = lambda: s.add("q")
s.remove(Mut(1))
print(sorted(map(str, s))); log.clear()

# the number of __eq__ calls of a plain collision chain matches CPython
d = {}
for i in range(6):
    d[Mut(i)] = i
log.clear()
print(d[Mut(5)], len(log))
log.clear()
d[Mut(9)] = 9
print(len(log))
log.clear()
del d[Mut(3)]
print(len(log), list(d))
log.clear()
s = set(Mut(i) for i in range(6))
log.clear()
print(Mut(5) in s, Mut(8) in s, len(log))
