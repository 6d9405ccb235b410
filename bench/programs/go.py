"""Go: flat Monte-Carlo move search on a small Go board. Random playouts
(from a linear congruential generator) with capture, suicide and simple-ko
rules; each candidate first move is scored by its playout win rate (lists,
flood fills, small sets, integer arithmetic).

Argument: number of playouts per candidate move."""
import sys

DEFAULT = 7
SMALL = 1

SIZE = 7
EMPTY, BLACK, WHITE = 0, 1, 2
KOMI = 4.5


class Rng:
    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFF

    def below(self, n):
        # 32-bit LCG (Numerical Recipes constants), high bits used
        self.s = (self.s * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.s >> 8) % n


def build_neighbours():
    table = []
    for p in range(SIZE * SIZE):
        x, y = p % SIZE, p // SIZE
        ns = []
        if x > 0:
            ns.append(p - 1)
        if x < SIZE - 1:
            ns.append(p + 1)
        if y > 0:
            ns.append(p - SIZE)
        if y < SIZE - 1:
            ns.append(p + SIZE)
        table.append(tuple(ns))
    return table


NEIGHBOURS = build_neighbours()


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.ko = -1
        self.to_move = BLACK
        self.passes = 0
        self.captures = [0, 0, 0]
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.ko = self.ko
        b.to_move = self.to_move
        b.passes = self.passes
        b.captures = self.captures[:]
        b.moves = self.moves
        return b

    def group(self, p):
        """The stones connected to p and whether the group has a liberty."""
        colour = self.cells[p]
        seen = {p}
        stack = [p]
        has_liberty = False
        cells = self.cells
        while stack:
            q = stack.pop()
            for n in NEIGHBOURS[q]:
                c = cells[n]
                if c == EMPTY:
                    has_liberty = True
                elif c == colour and n not in seen:
                    seen.add(n)
                    stack.append(n)
        return seen, has_liberty

    def is_eye(self, p, colour):
        for n in NEIGHBOURS[p]:
            if self.cells[n] != colour:
                return False
        return True

    def legal(self, p):
        if self.cells[p] != EMPTY or p == self.ko:
            return False
        colour = self.to_move
        other = 3 - colour
        for n in NEIGHBOURS[p]:
            if self.cells[n] == EMPTY:
                return True
        # no empty neighbour: legal only if it captures or joins a living group
        self.cells[p] = colour
        try:
            for n in NEIGHBOURS[p]:
                if self.cells[n] == other and not self.group(n)[1]:
                    return True
            return self.group(p)[1]
        finally:
            self.cells[p] = EMPTY

    def play(self, p):
        colour = self.to_move
        other = 3 - colour
        self.cells[p] = colour
        captured = []
        for n in NEIGHBOURS[p]:
            if self.cells[n] == other:
                stones, alive = self.group(n)
                if not alive:
                    for s in stones:
                        self.cells[s] = EMPTY
                        captured.append(s)
        self.captures[colour] += len(captured)
        self.ko = captured[0] if len(captured) == 1 else -1
        self.to_move = other
        self.passes = 0
        self.moves += 1

    def pass_move(self):
        self.to_move = 3 - self.to_move
        self.passes += 1
        self.ko = -1

    def random_move(self, rng):
        empties = [p for p in range(SIZE * SIZE) if self.cells[p] == EMPTY]
        n = len(empties)
        if n == 0:
            return -1
        start = rng.below(n)
        for i in range(n):
            p = empties[(start + i) % n]
            if not self.is_eye(p, self.to_move) and self.legal(p):
                return p
        return -1

    def score(self):
        """Area score: stones plus empty regions bordered by one colour."""
        counts = [0, 0, 0]
        seen = set()
        for p in range(SIZE * SIZE):
            c = self.cells[p]
            if c != EMPTY:
                counts[c] += 1
            elif p not in seen:
                region = [p]
                seen.add(p)
                borders = set()
                i = 0
                while i < len(region):
                    q = region[i]
                    i += 1
                    for n in NEIGHBOURS[q]:
                        cn = self.cells[n]
                        if cn == EMPTY:
                            if n not in seen:
                                seen.add(n)
                                region.append(n)
                        else:
                            borders.add(cn)
                if len(borders) == 1:
                    counts[borders.pop()] += len(region)
        return counts[BLACK] - counts[WHITE] - KOMI


def playout(board, rng):
    limit = SIZE * SIZE * 3
    while board.passes < 2 and board.moves < limit:
        p = board.random_move(rng)
        if p < 0:
            board.pass_move()
        else:
            board.play(p)
    return board.score()


def best_move(board, rng, playouts):
    colour = board.to_move
    results = []
    for p in range(SIZE * SIZE):
        if not board.legal(p):
            continue
        wins = 0
        total = 0.0
        for _ in range(playouts):
            b = board.copy()
            b.play(p)
            s = playout(b, rng)
            total += s
            if (s > 0) == (colour == BLACK):
                wins += 1
        results.append((wins, -p, total))
    results.sort(reverse=True)
    wins, negp, total = results[0]
    return -negp, wins, total


def main():
    playouts = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rng = Rng(12345)
    board = Board()
    line = []
    for turn in range(3):
        p, wins, total = best_move(board, rng, playouts)
        line.append("%s%d:%d/%d(%.1f)" % ("abcdefg"[p % SIZE], p // SIZE + 1, wins, playouts, total))
        board.play(p)
    print(" ".join(line))
    final = playout(board.copy(), rng)
    print("final playout score %.1f, rng %d" % (final, rng.s))
    print("board", "".join(".XO"[c] for c in board.cells))


main()
