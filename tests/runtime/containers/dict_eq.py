def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 2}, {} == {}, {1: 2, 3: 4} == {3: 4, 1: 2})
print({1: 2} != {1: 2}, {1: [1]} == {1: [1]}, {1: 2} == [(1, 2)], {1: 1} == {1.0: True})
n = float('nan'); print({1: n} == {1: n})
show(lambda: {} <= {})
class D(dict): pass
print(D(a=1) == {'a': 1}, {'a': 1} == D(a=1))
