# __eq__ that mutates the container while a lookup/insert probes a collision
# chain: the sequence of comparisons and the final contents match CPython.
log = []

class C:
    hook = None
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, o):
        log.append((self.v, getattr(o, "v", o)))
        h, C.hook = C.hook, None
        if h: h()
        return isinstance(o, C) and o.v == self.v
    def __repr__(self): return "C%d" % self.v

def show(label, c):
    print(label, log, sorted(repr(x) for x in c))
    log.clear()

# delete an earlier colliding key while comparing a later one
d = {C(1): 1, C(2): 2, C(3): 3}
k1 = next(iter(d))
log.clear()
C.hook = lambda: d.pop(k1)
d[C(4)] = 4
show("dict del-prefix", d)

# insert a colliding key (it lands after the probe position)
d = {C(1): 1, C(2): 2}
log.clear()
C.hook = lambda: d.__setitem__(C(9), 9)
d[C(5)] = 5
show("dict ins-colliding", d)

# delete then re-insert a colliding key into the freed slot during the probe
d = {C(1): 1, C(2): 2, C(3): 3}
first = next(iter(d))
log.clear()
def churn():
    del d[first]
    d[C(8)] = 8
C.hook = churn
d[C(6)] = 6
show("dict churn", d)

# lookups
d = {C(1): 1, C(2): 2, C(3): 3}
log.clear()
C.hook = lambda: d.__setitem__(C(10), 10)
print(d.get(C(3)), d.get(C(11)))
show("dict get", d)

# the same for sets
s = {C(1), C(2), C(3)}
log.clear()
first = next(iter(s))
C.hook = lambda: s.discard(first)
s.add(C(4))
show("set del-prefix", s)
s = {C(1), C(2)}
log.clear()
C.hook = lambda: s.add(C(9))
s.add(C(5))
show("set ins-colliding", s)
s = {C(1), C(2), C(3)}
first = next(iter(s))
log.clear()
def schurn():
    s.discard(first)
    s.add(C(8))
C.hook = schurn
s.add(C(6))
show("set churn", s)
s = {C(1), C(2), C(3)}
log.clear()
C.hook = lambda: s.add(C(12))
print(C(3) in s, C(13) in s)
show("set contains", s)
s = {C(1), C(2), C(3)}
log.clear()
C.hook = lambda: s.add(C(14))
s.discard(C(3))
show("set discard", s)
