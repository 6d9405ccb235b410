from dataclasses import dataclass, field, asdict, replace
from collections import namedtuple
from enum import Enum, IntEnum, Flag, auto
from typing import NamedTuple
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1, 0, []), asdict(p), replace(p, y=5))
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
v = Version(1, 2)
print(v, sorted([Version(2), Version(1, 5), v]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
P = namedtuple("P", "x y")
q = P(1, y=2)
print(q, q.x, q[1], q._asdict(), q._replace(x=9), P._fields, tuple(q), q == (1, 2))
class NT(NamedTuple):
    a: int
    b: str = "dflt"
print(NT(1), NT(1, "b").b, NT._fields)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value, list(Color), Color.RED is Color(1))
print(Color.RED == 1, isinstance(Color.RED, Color), len(Color), [c.name for c in Color])
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, sorted([Num.TWO, Num.ONE]), Num(2).name)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, Perm.R.value, Perm.X.value)
try:
    Color(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
