"""Chaos game: iterate a weighted set of affine maps (an iterated function
system) from a deterministic pseudo-random sequence, splat the points into a
grid and report statistics (floats, small classes, method calls).

Argument: number of iterations."""
import sys
import math

DEFAULT = 1000000
SMALL = 2000


class LCG:
    """A 48-bit linear congruential generator (the drand48 constants)."""

    def __init__(self, seed):
        self.state = (seed ^ 0x5DEECE66D) & ((1 << 48) - 1)

    def next_bits(self, bits):
        self.state = (self.state * 0x5DEECE66D + 0xB) & ((1 << 48) - 1)
        return self.state >> (48 - bits)

    def random(self):
        return self.next_bits(30) / 1073741824.0

    def randrange(self, n):
        return self.next_bits(30) % n


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def scale(self, f):
        return Vec(self.x * f, self.y * f)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


class AffineMap:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, p):
        return Vec(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


class Spiral:
    """A non-linear map: rotate around the centre by an angle that grows with
    the distance."""

    def __init__(self, centre, twist, shrink, weight):
        self.centre = centre
        self.twist = twist
        self.shrink = shrink
        self.weight = weight

    def apply(self, p):
        d = p - self.centre
        r = d.length()
        ang = math.atan2(d.y, d.x) + self.twist * r
        r *= self.shrink
        return self.centre + Vec(r * math.cos(ang), r * math.sin(ang))


class ChaosGame:
    def __init__(self, maps, rng, width, height):
        self.maps = maps
        total = 0.0
        self.cumulative = []
        for m in maps:
            total += m.weight
            self.cumulative.append(total)
        self.total = total
        self.rng = rng
        self.width = width
        self.height = height
        self.grid = [[0] * width for _ in range(height)]
        self.minx = self.miny = 1e300
        self.maxx = self.maxy = -1e300

    def pick(self):
        r = self.rng.random() * self.total
        for i, c in enumerate(self.cumulative):
            if r < c:
                return self.maps[i]
        return self.maps[-1]

    def run(self, iterations):
        p = Vec(0.0, 0.0)
        w, h = self.width, self.height
        for it in range(iterations):
            p = self.pick().apply(p)
            if it < 20:
                continue
            if p.x < self.minx:
                self.minx = p.x
            if p.x > self.maxx:
                self.maxx = p.x
            if p.y < self.miny:
                self.miny = p.y
            if p.y > self.maxy:
                self.maxy = p.y
            gx = int((p.x + 3.0) / 6.0 * w)
            gy = int((p.y + 0.5) / 11.0 * h)
            if 0 <= gx < w and 0 <= gy < h:
                self.grid[gy][gx] += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    maps = [
        AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.80),
        AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
        Spiral(Vec(0.0, 5.0), 0.3, 0.6, 0.05),
    ]
    game = ChaosGame(maps, LCG(42), 64, 96)
    game.run(n)
    filled = 0
    weighted = 0
    peak = 0
    for y, row in enumerate(game.grid):
        for x, c in enumerate(row):
            if c:
                filled += 1
                weighted = (weighted * 31 + c * (x + 1) * (y + 1)) % 1000000007
                if c > peak:
                    peak = c
    print("bounds %.6f %.6f %.6f %.6f" % (game.minx, game.maxx, game.miny, game.maxy))
    print("filled %d peak %d checksum %d" % (filled, peak, weighted))
    print("rng state %d" % game.rng.state)


main()
