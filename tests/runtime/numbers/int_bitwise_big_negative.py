# &, |, ^, ~ with two's complement semantics on big negative ints
vals = [0, 1, -1, 6, -6, 2**64 - 1, -(2**64), -(2**64) + 1, 2**64, -(2**127) - 12345, 2**100 + 2**3, -(2**65) - 1, 0xFF00FF00FF00FF00FF]
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(~a, ~~a == a)
print((2**64 - 1) ^ -1, (2**128 - 1) & -(2**64), -(2**64) | (2**63))
