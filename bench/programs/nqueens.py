"""N-queens: count all solutions by backtracking with sets, then enumerate
the solutions of a smaller board through a permutation generator.

Argument: n, the board size."""
import sys

DEFAULT = 11
SMALL = 5


def count_solutions(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []
    found = []

    def place(row):
        if row == n:
            found.append(tuple(placed))
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)

    place(0)
    return found


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def solutions_by_permutation(n):
    out = []
    for p in permutations(list(range(n))):
        if len({p[i] + i for i in range(n)}) == n and len({p[i] - i for i in range(n)}) == n:
            out.append(tuple(p))
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    sols = count_solutions(n)
    print("%d-queens: %d solutions" % (n, len(sols)))
    print("first", sols[0] if sols else None, "last", sols[-1] if sols else None)
    m = n - 2 if n > 6 else n
    perm_sols = solutions_by_permutation(m)
    ref = count_solutions(m)
    print("%d-queens by permutation: %d solutions, agree=%s" % (m, len(perm_sols), sorted(perm_sols) == sorted(ref)))
    print("checksum", sum(sum((i + 1) * c for i, c in enumerate(s)) for s in sols) % 1000003)


main()
