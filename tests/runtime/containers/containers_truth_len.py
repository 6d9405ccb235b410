for x in [[], [0], (), (0,), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), b'', b'\x00', bytearray(), {}.keys(), {1: 1}.values()]:
    print(type(x).__name__, bool(x), len(x))
