"""Differential check of examples/parallel_primes.py: the prime counts (not
the times) for a few limits and thread counts, which must all agree."""
import sys
import os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "examples"))
import parallel_primes  # noqa: E402

print(parallel_primes.small_primes(50))
print([parallel_primes.is_prime(n, parallel_primes.small_primes(10)) for n in range(2, 30)])
for limit in (0, 2, 3, 100, 5000, 30000):
    counts = [parallel_primes.count_primes(limit, t)[0] for t in (1, 2, 3, 5)]
    print(limit, counts)
