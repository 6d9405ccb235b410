# comparisons between ints, big ints and floats (exact), nan and inf
inf = float('inf')
nan = float('nan')
vals = [0, 1, -1, 2**53, 2**53 + 1, -(2**53) - 1, 2**63, 10**20, 10**400, -10**400]
fvals = [0.0, -0.0, 1.0, 0.5, -1.5, 9007199254740992.0, 9007199254740993.0, 9.223372036854776e18, 1e20, 1e300, inf, -inf, nan]
for a in vals:
    for f in fvals:
        print(a, f, a < f, a <= f, a == f, a != f, a > f, a >= f)
print(1 == 1.0, 2**60 == float(2**60), 2**60 + 1 == float(2**60 + 1))
print(True == 1, False == 0.0, True < 2)
print(sorted([3, 1.5, -2, 2**70, -0.5, True]))
