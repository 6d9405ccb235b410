# conversions between int and float at the edges
for d in [0.0, -0.0, 0.9, -0.9, 1e15 + 0.5, 2.0**52 + 0.5, 2.0**63, -2.0**63, 2.0**64, 1e20, 1.7976931348623157e308, -1e300]:
    print(repr(d), int(d))
for n in [2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**64 - 1, 2**64 + 2**11, 2**64 + 2**11 + 1,
          2**1023, 2**1024 - 2**970, 2**1024 - 2**970 - 1, -(2**63) - 1, 10**22, 10**23]:
    print(n, repr(float(n)))
for n in [2**1024, 2**1024 - 2**970, -(2**1024)]:
    try:
        print(float(n))
    except OverflowError as e:
        print(type(e).__name__, e)
print(float(10**308), 10**308 * 1.0 == float(10**308))
