# repr/str of complex numbers
nan = float('nan')
inf = float('inf')
vals = [0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), 1j, -1j, 1 + 1j, 1.5 - 2.5j,
        complex(1e16, 1e-5), complex(1e-5, 1e16), complex(nan, nan), complex(inf, -inf), complex(-inf, nan),
        complex(1, nan), complex(nan, 1), complex(0.1, 0.2), complex(100, 0), complex(-100, -0.0), 2j * 3,
        complex(1e300, 1e300) * 10]
for v in vals:
    print(repr(v), str(v))
print([1j, 2 + 3j], (1 - 1j,), complex.__repr__(5j))
print(f"{1+2j}")
