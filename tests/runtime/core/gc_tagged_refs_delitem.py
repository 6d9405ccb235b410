# Regression (issue 3): long strings built while repr-ing nested lists are held by
# Swift arrays the collector cannot see into; with explicit frees this crashed.
import gc
class S:
    def __init__(self, data=None):
        self.data = data if data is not None else []
    def __delitem__(self, i): del self.data[i]
    def __getitem__(self, i):
        if isinstance(i, slice): return S(self.data[i])
        return self.data[i]
    def __len__(self): return len(self.data)
    def append(self, x): self.data.append(x)
keep = []
for it in range(10):
    a = S(); a.append(('LIT', 97)); a.append(('X', [1, 2]))
    b = S(); b.append(('LIT', 97)); b.append(('Y', 3))
    items = [a, b]
    for item in items:
        del item[0]
    sub = S(); sub.append(('IN', [(1, 2)]))
    keep.append((items, sub, a[:1]))
    gc.collect()
    print(it, [x.data for x in items], flush=True)
