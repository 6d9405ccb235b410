"""A small tour of Python syntax that Grail's front end parses."""

from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float = 0.0

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=x, y=0) | Point(x=0, y=x):
            return f"on an axis at {x}"
        case [Point() as first, *rest]:
            return f"{len(rest) + 1} points starting at {first!r}"
        case {"radius": r} if r > 0:
            return f"circle of radius {r:.2f}"
        case _:
            return "something else"


def main(argv=None):
    points = [Point(i, i * i) for i in range(4)]
    squares = {p.x: p.norm() for p in points if p.x % 2 == 0}
    total = sum(x * 2 for x in squares)
    for shape in (Point(0, 0), Point(3), points, {"radius": 1.5}, None):
        print(describe(shape))
    print(f"{total=} {squares}")
    try:
        lookup = lambda k, *, default=None: squares.get(k, default)
        print(lookup(2), lookup(99, default="missing"))
    except KeyError as exc:
        raise RuntimeError("unreachable") from exc
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
