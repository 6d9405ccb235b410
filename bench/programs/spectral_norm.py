"""Spectral norm of an infinite matrix (float arithmetic in nested loops,
function calls).

Argument: n, the matrix order."""
import sys

DEFAULT = 400
SMALL = 20


def a(i, j):
    return 1.0 / (((i + j) * (i + j + 1) >> 1) + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print("%.9f" % ((vbv / vv) ** 0.5))


main()
