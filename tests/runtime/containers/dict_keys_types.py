def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {}
d[1] = 'int'; d[1.0] = 'float'; d[True] = 'bool'; print(d)
d[(1, 2)] = 't'; d[frozenset([1])] = 'fs'; d[None] = 'n'; d['s'] = 's'; d[b'b'] = 'b'
print(d[(1, 2)], d[frozenset({1})], d[None], d['s'], d[b'b'], len(d))
show(lambda: d[[1]])
show(lambda: d.get({}))
show(lambda: {set(): 1})
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
d = {H(1): 'one', H(2): 'two'}
print(d[H(1)], d[H(2)], H(3) in d)
