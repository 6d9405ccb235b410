"""CPU-bound pure-Python workloads for the thread-scaling benchmark.

Every workload is split into numbered *units*.  `unit(u, size)` does one unit
of work (its cost set by `size`) and returns an integer checksum that depends
only on `u` and `size`; `work(name, units, size)` runs the units of an
iterable and returns the sum of their checksums.  Because the total is a sum
of per-unit results, it is the same however the units are dealt out to
threads, which is what lets the driver check that every thread count did the
same work.

Only sys, os, time, math and threading may be used here (Grail has no
itertools, functools, collections or random yet).

WORKLOADS maps each name to (unit function, default size, quick size, what it
measures).  The default sizes make each workload take roughly one second on
CPython 3.11 for DEFAULT_UNITS units on one thread (on the machine where
bench/results/THREADS.md was measured).
"""

import math

MASK = 0xFFFFFFF  # keeps per-unit checksums small ints (28 bits)

# Units per run.  240 is divisible by 1-6, 8, 10, 12, 15, 16, 20, 24, 30...
DEFAULT_UNITS = 240
QUICK_UNITS = 24


# (a) integer arithmetic: a linear congruential generator mixed into an
# accumulator (multiply, add, and, shift, modulo, xor).
def int_arith(u, size):
    x = u * 2654435761 + 1
    acc = u
    for i in range(size):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        acc = (acc + (x >> 7) * (i & 15) - x % 97) & MASK
        acc ^= i << 3
    return acc


# (b) float arithmetic: one row of the Mandelbrot set (64 rows, width `size`,
# at most 60 iterations per point) plus a Horner polynomial and math.sqrt;
# the checksum counts iterations and rounds the float sums.
def float_mandel(u, size):
    rows = 64
    y = -1.25 + 2.5 * (u % rows) / rows
    total = 0
    for px in range(size):
        cr = -2.1 + 2.8 * px / size
        ci = y
        zr = 0.0
        zi = 0.0
        n = 0
        while n < 60:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
            n += 1
        total += n
    poly = 0.0
    t = (u % 17) / 17.0
    for k in range(size // 4):
        x = t + k * 0.001
        poly += ((((0.5 * x - 1.25) * x + 2.0) * x - 0.75) * x + 1.0) / (1.0 + x * x)
        poly += math.sqrt(x + 1.0)
    return (total + int(poly * 1000.0)) & MASK


# (c) object allocation and method calls on a shared class: instances are
# created, stepped through a few methods and dropped.
class Particle:
    kind = 3

    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self):
        self.x += self.vx
        self.y += self.vy
        return self

    def bounce(self, limit):
        if self.x > limit or self.x < -limit:
            self.vx = -self.vx
        if self.y > limit or self.y < -limit:
            self.vy = -self.vy
        return self

    def energy(self):
        return self.vx * self.vx + self.vy * self.vy + self.kind


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a.energy() + self.b.energy()


def objects(u, size):
    acc = u
    for i in range(size):
        p = Particle(i & 63, u & 31, (i % 7) - 3, (u % 5) - 2)
        q = Particle(-(i & 31), i & 15, (i % 3) - 1, 2)
        p.step().bounce(40).step()
        q.step().step().bounce(20)
        pair = Pair(p, q)
        acc = (acc + pair.total() + p.x - q.y) & MASK
    return acc


# (d) per-thread dict building: each unit builds its own dict with int and
# str keys, then queries, updates and deletes from it.
def dict_build(u, size):
    d = {}
    for i in range(size):
        d[(i * 7919 + u) % (2 * size)] = i
        if i % 4 == 0:
            d["k" + str(i)] = i + u
    acc = len(d)
    for i in range(size):
        acc += d.get(i, -1)
        if i % 8 == 0 and ("k" + str(i)) in d:
            acc += d["k" + str(i)]
    for i in range(0, size, 3):
        d.pop(i, None)
    for k in d:
        acc += 1
    for v in d.values():
        acc ^= v
    return (acc + len(d)) & MASK


# (e) read-mostly access to shared module globals: many reads of one dict and
# one list built at import time, no writes.
SHARED_N = 1024
SHARED_LIST = [(i * 37) % 1009 for i in range(SHARED_N)]
SHARED_KEYS = ["key%d" % i for i in range(SHARED_N)]
SHARED_DICT = {SHARED_KEYS[i]: i * 3 for i in range(SHARED_N)}


def shared_read(u, size):
    acc = u
    n = len(SHARED_LIST)
    for i in range(size):
        j = (i * 31 + u) % n
        key = SHARED_KEYS[j]
        acc += SHARED_LIST[j] + SHARED_DICT[key]
        if key in SHARED_DICT:
            acc += 1
        acc += SHARED_DICT.get("missing", 0) + SHARED_LIST[-1 - j]
    return acc & MASK


# (f) string building and splitting: format, join, split, replace, strip,
# upper, count, int parsing.
def strings(u, size):
    acc = 0
    for r in range(size):
        parts = []
        for i in range(10):
            parts.append(f"{u}:{r}:{(i * r + u) % 97}")
        line = ",".join(parts)
        line = line.replace(":", ";")
        fields = line.split(",")
        for f in fields:
            a, b, c = f.split(";")
            acc += int(c) + len(a)
        s = "  {}-{}-{}  ".format(u, r, len(line)).strip().upper()
        acc += len(s) + s.count("1") + line.count(";9")
        acc += len("%d/%s" % (r, s))
    return acc & MASK


# (g) recursive calls: naive Fibonacci plus a small recursive sum.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def rsum(n, acc):
    if n == 0:
        return acc
    return rsum(n - 1, acc + n)


def recursion(u, size):
    return (fib(size - (u % 3)) + rsum(50 + u % 50, u)) & MASK


# name -> (unit function, default size, quick size, description)
WORKLOADS = {
    "int_arith": (int_arith, 26000, 100, "integer arithmetic loop"),
    "float_mandel": (float_mandel, 3000, 16, "float arithmetic (Mandelbrot row, polynomial, sqrt)"),
    "objects": (objects, 4600, 20, "allocation and method calls on shared classes"),
    "dict_build": (dict_build, 16000, 40, "per-thread dict build and query"),
    "shared_read": (shared_read, 29000, 100, "reads of a shared global dict and list"),
    "strings": (strings, 960, 6, "string format/join/split/replace"),
    "recursion": (recursion, 25, 8, "recursive calls (fib)"),
}

ORDER = ["int_arith", "float_mandel", "objects", "dict_build", "shared_read", "strings", "recursion"]


def scaled_size(name, scale):
    """The size of workload `name` that does about `scale` times the default
    work per unit (recursion's cost grows like 1.618**size)."""
    size = WORKLOADS[name][1]
    if name == "recursion":
        return max(2, size + int(round(math.log(scale) / math.log(1.618))))
    return max(1, int(size * scale))


def work(name, units, size):
    """Runs the units in `units` (any iterable of ints) of workload `name` and
    returns the sum of their checksums."""
    fn = WORKLOADS[name][0]
    total = 0
    for u in units:
        total += fn(u, size)
    return total
