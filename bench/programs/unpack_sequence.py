"""Unpack sequence: many tuple and list unpacking assignments, swaps, starred
targets and nested patterns in tight loops.

Argument: number of loop iterations."""
import sys

DEFAULT = 1000000
SMALL = 500


def tuples(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    acc = 0
    for i in range(n):
        a, b, c, d, e, f, g, h, k, l = t
        a, b, c, d, e, f, g, h, k, l = t
        a, b, c, d, e, f, g, h, k, l = t
        a, b, c, d, e, f, g, h, k, l = t
        a, b, c, d, e, f, g, h, k, l = t
        acc += a + l + (i & 3)
    return acc


def lists(n):
    t = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    acc = 0
    for i in range(n):
        a, b, c, d, e, f, g, h, k, l = t
        a, b, c, d, e, f, g, h, k, l = t
        a, b, c, d, e, f, g, h, k, l = t
        a, b, c, d, e, f, g, h, k, l = t
        a, b, c, d, e, f, g, h, k, l = t
        acc += b * k - (i & 1)
    return acc


def swaps(n):
    x, y, z = 1, 2, 3
    for i in range(n):
        x, y = y, x
        y, z = z, y
        x, y, z = z, x, y
        x, y, z = y, z, x
    return x * 100 + y * 10 + z


def starred(n):
    data = [(i, i + 1, i + 2, i + 3) for i in range(16)]
    acc = 0
    for i in range(n):
        first, *middle, last = data[i & 15]
        head, *rest = data[(i + 5) & 15]
        acc += first + last + len(middle) + head + rest[-1]
    return acc


def nested(n):
    pairs = [((i, i * 2), (i * 3, (i * 4, i * 5))) for i in range(32)]
    acc = 0
    for i in range(n):
        (a, b), (c, (d, e)) = pairs[i & 31]
        acc += a - b + c - d + e
        for (p, q), r in (((1, 2), 3), ((4, 5), 6)):
            acc += p * q - r
    return acc


def from_calls(n):
    def divmods(a):
        return a // 7, a % 7

    acc = 0
    for i in range(n):
        q, r = divmods(i)
        k, v = ("key%d" % (i & 7), i)
        acc += q * r + len(k) + v
    return acc


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    print("tuples", tuples(n))
    print("lists", lists(n))
    print("swaps", swaps(n))
    print("starred", starred(n))
    print("nested", nested(n))
    print("calls", from_calls(n))


main()
