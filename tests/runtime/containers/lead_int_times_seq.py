print(3 * [1], 2 * (1,), 2 * b'ab', 0 * [1], True * [5])
for f in [lambda: [] + (), lambda: () + [], lambda: (1,) + [1], lambda: [1] * 'a', lambda: [1] * 2.0, lambda: [1] * (2**70), lambda: [3, 8] | {1: 2}.keys(), lambda: (1, 2) & {1: 2}.keys()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
