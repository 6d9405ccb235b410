# numeric hashes agree across types; known CPython values
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64, -(2**64), 10**30, 1.5, -1.5, 0.1, 1e300, 2.0**70, float('inf'), float('-inf')]
for v in vals:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True))
print(hash(2**70) == hash(float(2**70)), hash(0.5), hash(-0.0), hash(complex(1, 1)), hash(complex(0, -1)))
print(len({1, 1.0, True, 1 + 0j}), len({0, 0.0, False, 0j, -0.0}))
