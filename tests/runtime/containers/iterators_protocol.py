for obj in [[1, 2], (1, 2), {1: 2}, {1, 2}, range(2), b'ab', bytearray(b'ab'), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items()]:
    it = iter(obj)
    print(type(it).__name__, iter(it) is it, next(it), it.__length_hint__())
it = iter([1])
print(next(it), next(it, 'end'))
try: next(it)
except StopIteration: print('stop')
print(type(iter(reversed({}))).__name__, type(reversed({}.items())).__name__, type(reversed({}.values())).__name__)
