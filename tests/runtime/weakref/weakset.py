# weakref.WeakSet (CPython's _weakrefset.py over _weakref.ref) with live items.
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Item(%d)' % self.n


items = [Item(i) for i in range(6)]
ws = weakref.WeakSet(items[:4])
print(len(ws), items[0] in ws, items[5] in ws, 3 in ws)
ws.add(items[4])
ws.discard(items[0])
ws.remove(items[1])
try:
    ws.remove(items[1])
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
print(sorted(x.n for x in ws))
other = weakref.WeakSet(items[3:])
print(sorted(x.n for x in ws | other), sorted(x.n for x in ws & other), sorted(x.n for x in ws - other))
print(sorted(x.n for x in ws ^ other), ws <= weakref.WeakSet(items), ws.issubset(items), ws == weakref.WeakSet(ws))
cp = ws.copy()
p = cp.pop()
print(len(cp), p in ws, isinstance(p, Item))
ws.update(items[:2])
print(len(ws))
ws.clear()
print(len(ws), bool(ws))
try:
    ws.add(1)
except TypeError as e:
    print('TypeError', e)
print(type(weakref.WeakSet[int]).__name__, repr(weakref.WeakSet[int]).split('.')[-1])
print(repr(weakref.WeakSet()).startswith('{') or repr(weakref.WeakSet()))
for x in weakref.WeakSet([items[2]]):
    print('iter', x)
