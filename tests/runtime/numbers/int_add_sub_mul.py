# int +, -, * over small, boundary and big operands (both signs)
vals = [0, 1, -1, 7, -7, 2**31, -2**31, 2**62, 2**63 - 1, -2**63, 2**63, 2**64 + 5, -(2**100), 10**30 + 1]
for a in vals:
    for b in vals:
        print(a + b, a - b, a * b)
print(True + True, True * 5, False - 3, -True)
x = 2**63 - 1
x += 1
print(x, type(x).__name__)
y = -2**63
print(-y, abs(y), y - 1)
