z = 3 + 4j
w = 1 - 2j
print(z + w, z - w, z * w, z / w, -z, +z, abs(z), z.conjugate(), z.real, z.imag, z == 3 + 4j)
print(z ** 2, z ** 0.5, 1j ** 2, (1 + 1j) ** 8, pow(z, 2), 2 ** 1j == complex(2) ** 1j)
print(complex(1), complex(1, 2), complex("3+4j"), complex("-1.5e3j"), complex(" 2 "), complex(1j, 1j))
print(repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(1e300j * 1e10), repr(complex(1, float("nan"))))
print(z == 3 + 4j, z != w, 1 + 0j == 1, hash(1 + 0j) == hash(1), hash(z) == hash(3 + 4j))
for bad in [lambda: z < w, lambda: z // 2, lambda: z % 2, lambda: int(z), lambda: complex("1+"), lambda: z / 0, lambda: round(z)]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(type(1j).__name__, isinstance(1j, complex), 1j * 1j == -1, (2 + 3j) * 2, 2 * (2 + 3j), (1 + 2j) - 1)
print(f"{z}", f"{z:.2f}", format(1.5 + 2.25j, ">20"), str(1e20j), str(-1j))
import cmath
print(cmath.sqrt(-1), cmath.phase(1j), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15, cmath.polar(1j))
