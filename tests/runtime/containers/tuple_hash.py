print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)))
print(hash((1, 2.5, None is None)), hash(('',)) == hash(('',)))
d = {(1, 2): 'a', (1, (2, 3)): 'b'}
print(d[(1, 2)], d[1, (2, 3)])
try: hash((1, []))
except TypeError as e: print(e)
print(hash((1, 2)) == hash((1.0, 2.0)))
