def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('ab', 1)), list(enumerate('ab', start=-5)), list(enumerate([], 3)))
print(list(enumerate('ab', start=2**64)), list(enumerate('xy', True)))
e = enumerate([10, 20])
print(type(e).__name__, next(e), next(e), next(e, 'done'), iter(e) is e)
show(lambda: enumerate())
show(lambda: enumerate([], 'a'))
show(lambda: enumerate([], 1, 2))
show(lambda: enumerate(x=[1]))
show(lambda: enumerate(5))
print(list(enumerate(iterable='ab')), list(enumerate('ab', start=7)))
class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return v, i
print(type(E('ab')).__name__, isinstance(E('ab'), enumerate))
