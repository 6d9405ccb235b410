class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]
    def _check(self, r, c):
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f"cell ({r}, {c}) out of range")
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice) or isinstance(c, slice):
                rows = self.cells[r] if isinstance(r, slice) else [self.cells[r]]
                return [row[c] if isinstance(c, slice) else row[c] for row in rows]
            self._check(r, c)
            return self.cells[r][c]
        if isinstance(key, int):
            return list(self.cells[key])
        raise TypeError(f"Grid indices must be int or tuple, not {type(key).__name__}")
    def __setitem__(self, key, value):
        r, c = key
        if isinstance(c, slice):
            indices = range(*c.indices(self.w))
            values = list(value)
            if len(values) != len(indices):
                raise ValueError("size mismatch")
            for i, v in zip(indices, values):
                self.cells[r][i] = v
            return
        self._check(r, c)
        self.cells[r][c] = value
    def __delitem__(self, key):
        r, c = key
        self.cells[r][c] = 0
    def __len__(self):
        return self.h
    def __iter__(self):
        for row in self.cells:
            yield tuple(row)
    def __contains__(self, v):
        return any(v in row for row in self.cells)
g = Grid(4, 3)
g[0, 0] = 1
g[1, 1:3] = [5, 6]
g[2, ::2] = (8, 9)
g[2, 3] += 7
print(list(g), g[1], g[1, 2], g[:, 1], g[0:2, 1:3], len(g), 6 in g, 99 in g)
del g[1, 1]
print(g[1])
for bad in [lambda: g[5, 5], lambda: g["x"], lambda: g.__setitem__((0, slice(0, 2)), [1]), lambda: g.__setitem__((9, 0), 1)]:
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
r, c = 1, 2
g[r, c] *= 10
print(g[r, c], max(map(max, g)), sum(map(sum, g)))
