def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(len([None] * 1000), [1, 2] * -1)
show(lambda: b'a' * (2**70))
