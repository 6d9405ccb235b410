def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

big = range(2**70)
print(big, big[-1], big[2**69], 2**69 in big, -1 in big, big.index(12345), big.count(2**70))
show(lambda: len(big))
print(bool(big), big == range(0, 2**70, 1), hash(big) == hash(range(2**70)))
it = iter(range(2**64, 2**64 + 3)); print(list(it), type(it).__name__)
print(list(reversed(range(2**64, 2**64 + 3))))
print(list(range(2**63 - 2, 2**63 + 1)))
print(list(reversed(range(-2**63, -2**63 + 2))))
r = range(-10**20, 10**20, 10**19); print(len(r), r[3], list(r)[:2])
