"""Pi digits: stream decimal digits of pi with a spigot algorithm on
unbounded integers (big-int multiply, add, floor division).

Argument: number of digits."""
import sys

DEFAULT = 5000
SMALL = 50


def pi_digits(count):
    """Gibbons' unbounded spigot, written as a linear fractional transform
    (q, r, t) composed with (k, 4k+2, 2k+1)."""
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        # extract when floor((3q + r) / t) == floor((4q + r) / t)
        d3 = (3 * q + r) // t
        d4 = (4 * q + r) // t
        if d3 == d4:
            digits.append(d3)
            q, r = 10 * q, 10 * (r - d3 * t)
        else:
            l = 2 * k + 1
            q, r, t = q * k, (2 * q + r) * l, t * l
            k += 1
    return digits


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    digits = pi_digits(n)
    text = "".join(str(d) for d in digits)
    for i in range(0, min(n, 100), 10):
        print("%-10s\t:%d" % (text[i:i + 10], i + 10))
    print("last digits", text[-20:])
    print("digit sum", sum(digits), "sevens", text.count("7"))


main()
