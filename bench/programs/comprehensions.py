"""Comprehensions: list, dict and set comprehensions (nested, filtered,
with conditional expressions), generator expressions fed to builtins, and
comprehension-built lookup tables.

Argument: size of the input ranges."""
import sys

DEFAULT = 700000
SMALL = 300


class Item:
    __slots__ = ("ident", "group", "price", "tags")

    def __init__(self, ident):
        self.ident = ident
        self.group = ident % 37
        self.price = (ident * 7919) % 1000 / 10.0
        self.tags = ["t%d" % (ident % k) for k in (3, 5)]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    squares = [x * x for x in range(n)]
    evens = [x for x in squares if x % 2 == 0]
    signs = [x if x % 3 else -x for x in range(n)]
    print("lists", len(evens), sum(evens) % 1000000007, sum(signs))

    m = int(n ** 0.5) + 1
    grid = [[(i * j) % 10 for j in range(m)] for i in range(m)]
    transposed = [[row[i] for row in grid] for i in range(m)]
    flat = [v for row in transposed for v in row if v > 4]
    print("nested", m, len(flat), sum(flat))

    items = [Item(i) for i in range(n // 4)]
    by_id = {it.ident: it for it in items}
    groups = {g: [it.ident for it in items if it.group == g] for g in range(5)}
    price_of = {it.ident: it.price for it in items if it.price > 50.0}
    print("dicts", len(by_id), [len(v) for v in groups.values()], len(price_of),
          "%.2f" % sum(price_of.values()))

    residues = {x % 1009 for x in squares}
    tags = {t for it in items for t in it.tags}
    pairs = {(a % 7, b % 11) for a in range(50) for b in range(50)}
    print("sets", len(residues), sorted(tags), len(pairs))

    inverted = {v: k for k, v in {i: i * 3 % 1000 for i in range(n // 2)}.items()}
    print("inverted", len(inverted), sum(inverted.values()) % 1000003)

    total = sum(x * 3 for x in range(n) if x % 5 != 1)
    biggest = max(it.price * (1 if it.group % 2 else -1) for it in items)
    any_big = any(x > n * 10 for x in range(n))
    all_pos = all(x >= 0 for x in squares)
    print("genexps", total, "%.1f" % biggest, any_big, all_pos)

    words = ["w%d" % (i % 997) for i in range(n // 2)]
    lengths = {w: len(w) for w in words}
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(((c, w) for w, c in counts.items()), reverse=True)[:3]
    print("words", len(lengths), top)


main()
