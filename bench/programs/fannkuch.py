"""Fannkuch-redux: pancake flips over all permutations (list slicing and
reversal, integer loops).

Arguments: n, the permutation length; optionally the number of repetitions
(default 3)."""
import sys

DEFAULT = 9
SMALL = 6


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    nperm = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if sign > 0 else -flips
        sign = -sign
        nperm += 1
        # next permutation in the "rotation" order
        while True:
            if r == n:
                return checksum, max_flips, nperm
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    for _ in range(reps):
        checksum, flips, nperm = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(%d) = %d over %d permutations" % (n, flips, nperm))


main()
