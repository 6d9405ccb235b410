def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
try:
    for x in s: s.add(x + 10)
except RuntimeError as e: print(e)
s = {1, 2, 3}
try:
    for x in s: s.discard(x)
except RuntimeError as e: print(e)
s = set(range(5))
it = iter(s); next(it); print(it.__length_hint__(), sorted(it))
s = {1, 2}
it = iter(s); s.add(3)
try: next(it)
except RuntimeError as e: print(e)
print(type(iter(s)).__name__)
