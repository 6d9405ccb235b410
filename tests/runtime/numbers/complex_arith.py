# complex arithmetic with complex, float and int operands
vals = [0j, 1j, -1j, 1 + 2j, -3.5 + 0.5j, complex(2, -0.0), 2, -3, 0.5, 1e300 + 1e300j]
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b]
        try:
            r.append(a / b)
        except ZeroDivisionError as e:
            r.append(str(e))
        print(a, b, r)
print(-(1 + 2j), +(1 - 2j), abs(3 + 4j), abs(-5j), (1 + 2j).conjugate())
print((1 + 2j) == 1 + 2j, (1 + 0j) == 1, (1 + 0j) == 1.0, 1j != 1, 2 == 2 + 0j, (1 + 1j) == 1)
print(1j * 1j, (1 + 1j) ** 2, 2 ** (1j), 1j ** 2, (2 + 0j) ** 0.5)
