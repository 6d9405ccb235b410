"""Counts primes below a limit with a sieve and with trial division, and
prints a few facts about them: a small tour of what Grail runs today."""
import sys


def sieve(limit):
    is_prime = [True] * limit
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, limit, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


class Stats:
    def __init__(self, primes):
        self.primes = primes

    def gaps(self):
        return {b - a for a, b in zip(self.primes, self.primes[1:])}

    def __repr__(self):
        return f"Stats({len(self.primes)} primes, largest {self.primes[-1]})"


def main(argv):
    limit = int(argv[1]) if len(argv) > 1 else 100_000
    primes = sieve(limit)
    assert primes == [n for n in range(limit) if is_prime(n)][:len(primes)]
    stats = Stats(primes)
    print(stats)
    print("first ten:", primes[:10])
    print("largest gap below", limit, "is", max(stats.gaps()))
    twins = sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)
    print(f"twin prime pairs: {twins}; 2**31-1 prime? {is_prime(2**31 - 1)}")


if __name__ == "__main__":
    main(sys.argv)
