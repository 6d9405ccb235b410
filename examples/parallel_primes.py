"""Counts the primes below N on one thread, then on one thread per CPU, and
prints both times and the speedup.

Grail runs Python threads in parallel (there is no global interpreter lock),
so pure-Python work split over threads gets faster with more cores. Under
CPython the threads take turns and the speedup stays near 1x.

Usage: parallel_primes.py [N [THREADS]]
"""
import os
import sys
import threading
import time


def small_primes(limit):
    """The primes up to and including `limit` (a plain sieve)."""
    is_prime = [True] * (limit + 1)
    primes = []
    for n in range(2, limit + 1):
        if is_prime[n]:
            primes.append(n)
            for m in range(n * n, limit + 1, n):
                is_prime[m] = False
    return primes


def is_prime(n, base):
    """Whether n (at least 2) is prime, by trial division with the primes in
    `base`, which must include every prime up to sqrt(n)."""
    for p in base:
        if p * p > n:
            return True
        if n % p == 0:
            return False
    return True


def count_chunks(chunks, base):
    """How many primes lie in the ranges of `chunks`."""
    count = 0
    for lo, hi in chunks:
        for n in range(max(lo, 2), hi):
            if is_prime(n, base):
                count += 1
    return count


def count_primes(limit, nthreads):
    """Counts the primes below `limit` with `nthreads` threads; returns
    (count, seconds). The range is cut into 64 chunks dealt out in turn
    (thread i takes chunks i, i + nthreads, ...), so every thread gets a
    similar mix of small and large numbers."""
    start = time.perf_counter()
    base = small_primes(int(limit ** 0.5) + 1)
    nchunks = 64
    chunks = [(limit * i // nchunks, limit * (i + 1) // nchunks) for i in range(nchunks)]
    counts = [0] * nthreads

    def worker(i):
        counts[i] = count_chunks(chunks[i::nthreads], base)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(counts), time.perf_counter() - start


def main(argv):
    limit = int(argv[1]) if len(argv) > 1 else 1_000_000
    nthreads = int(argv[2]) if len(argv) > 2 else (os.cpu_count() or 1)

    one, t1 = count_primes(limit, 1)
    many, tn = count_primes(limit, nthreads)
    if one != many:
        print(f"error: 1 thread counted {one} primes but {nthreads} threads counted {many}")
        sys.exit(1)
    label = "thread" if nthreads == 1 else "threads"
    print(f"1 thread: {t1:.2f} s  {nthreads} {label}: {tn:.2f} s  "
          f"speedup {t1 / max(tn, 1e-9):.2f}x  primes below {limit}: {one}")


if __name__ == "__main__":
    main(sys.argv)
