for x in [[], {}, set(), bytearray(), {}.keys(), {}.items(), slice(1)]:
    try:
        hash(x)
        print('hashable', type(x).__name__)
    except TypeError as e:
        print(e)
for x in [(), frozenset(), b'', range(1), {}.values()]:
    print(type(hash(x)).__name__)
