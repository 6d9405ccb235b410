"""Float: build many small Point objects from trigonometry, normalise them
and reduce them to a component-wise maximum (float math, object allocation,
attribute access).

Argument: number of points."""
import sys
from math import sin, cos, sqrt

DEFAULT = 600000
SMALL = 1000


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%.6f, y=%.6f, z=%.6f>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def run(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    print(run(n))
    total = 0.0
    for i in range(0, n, 7):
        p = Point(i * 0.5)
        p.normalize()
        total += p.x - p.y + p.z
    print("sum %.6f" % total)


main()
