"""Exceptions: raising and catching in loops, custom exception hierarchies,
try/finally and with-statement cleanup, exception chaining, re-raising and
exceptions propagated through several frames.

Argument: number of loop iterations."""
import sys

DEFAULT = 700000
SMALL = 500


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, pos, msg):
        super().__init__(msg)
        self.pos = pos


class LimitError(AppError):
    pass


class Resource:
    opened = 0
    closed = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, typ, val, tb):
        Resource.closed += 1
        return typ is LimitError


def parse_digit(s, i):
    c = s[i]
    if "0" <= c <= "9":
        return ord(c) - 48
    raise ParseError(i, "bad digit %r" % c)


def deep(n):
    if n == 0:
        raise LimitError("bottom")
    return deep(n - 1) + 1


def catch_simple(n):
    caught = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            caught += 0
        except ValueError as e:
            caught += e.args[0] & 1
    return caught


def catch_hierarchy(n):
    s = "12a45b7890"
    total = 0
    errors = 0
    for i in range(n):
        try:
            total += parse_digit(s, i % len(s))
        except ParseError as e:
            errors += e.pos
        except AppError:
            errors -= 1
    return total, errors


def finally_paths(n):
    count = 0
    for i in range(n):
        try:
            try:
                if i & 1:
                    raise KeyError(i)
            finally:
                count += 1
        except KeyError:
            count += 2
    return count


def with_blocks(n):
    swallowed = 0
    for i in range(n):
        with Resource():
            if i % 4 == 0:
                raise LimitError(i)
        swallowed += 1
    return swallowed, Resource.opened, Resource.closed


def chaining(n):
    depth_total = 0
    for i in range(n):
        try:
            try:
                {}["missing%d" % (i & 3)]
            except KeyError as e:
                raise AppError("wrapped") from e
        except AppError as e:
            c = e.__cause__
            depth_total += len(c.args[0]) + (e.__context__ is c)
    return depth_total


def propagate(n):
    caught = 0
    for i in range(n):
        try:
            deep(i & 7)
        except LimitError:
            caught += 1
    return caught


def reraise(n):
    names = {}
    for i in range(n):
        try:
            try:
                [1, 2][i % 3]
                int("x" if i % 5 == 0 else "7")
            except IndexError:
                raise
        except (IndexError, ValueError) as e:
            k = type(e).__name__
            names[k] = names.get(k, 0) + 1
    return sorted(names.items())


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    print("simple", catch_simple(n))
    print("hierarchy", catch_hierarchy(n))
    print("finally", finally_paths(n))
    print("with", with_blocks(n // 2))
    print("chaining", chaining(n // 2))
    print("propagate", propagate(n // 4))
    print("reraise", reraise(n // 2))


main()
