PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(s):
    rows = [r for r in s.split() if r]
    return [[0 if ch == "." else int(ch) for ch in r] for r in rows]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]
steps = 0
def solve(g):
    global steps
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cand = candidates(g, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for v in cand:
        steps += 1
        g[r][c] = v
        if solve(g):
            return True
    g[r][c] = 0
    return False
g = parse(PUZZLE)
print(solve(g), steps)
for row in g:
    print(" ".join(map(str, row)))
ok = all(sorted(row) == list(range(1, 10)) for row in g) and all(sorted(g[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9))
print("valid:", ok)
