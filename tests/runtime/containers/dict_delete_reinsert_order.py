# Insertion order across deletion, reinsertion, popitem, setdefault and update.
d = {}
for k in "abcdefgh":
    d[k] = ord(k)
del d["c"], d["a"]
d["a"] = 1
d["c"] = 2
print(list(d), list(d.values()))
d["b"] = 99  # overwrite keeps position
print(list(d.items())[:3])
print(d.popitem(), d.popitem(), list(d))
d["z"] = 0
print(d.popitem(), list(d))
d.setdefault("q", 5)
d.setdefault("b", 7)
print(list(d.items()))
d.update([("x", 1), ("b", 2)])
d.update(y=3)
print(list(d))
# popitem drains in reverse insertion order, then raises
e = {i: str(i) for i in range(6)}
del e[5]
del e[3]
out = []
while e:
    out.append(e.popitem())
print(out)
try:
    e.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
# churn: a queue-like dict that is emptied and refilled many times
q = {}
order = []
for i in range(1000):
    q[i] = i
    if len(q) > 3:
        first = next(iter(q))
        order.append(first)
        del q[first]
print(len(q), list(q), order[-3:], sum(order))
# popitem then insert reuses nothing visible
f = {1: 1, 2: 2, 3: 3}
f.popitem()
f[4] = 4
f.popitem()
f[5] = 5
print(f, list(reversed(f)))
# clear then reuse
f.clear()
f["n"] = 1
print(f, len(f))
# copy of a dict with holes keeps order
g = {i: i for i in range(20)}
for i in range(0, 20, 2):
    del g[i]
h = g.copy()
h[100] = 1
print(list(h), list(g) == list(h)[:-1])
print(dict(g) == g, {**g} == g, dict(g.items()) == g)
# reversed over holes
print(list(reversed(g)), list(reversed(g.items()))[:2])
# popitem after deleting the last entries
p = {i: i for i in range(10)}
for i in (9, 8, 6):
    del p[i]
print(p.popitem(), p.popitem(), list(p))
