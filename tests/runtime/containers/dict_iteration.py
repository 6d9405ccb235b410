def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 1, 2: 2}
try:
    for k in d: d[k + 10] = 1
except RuntimeError as e: print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 1
except RuntimeError as e: print(e)
print(d)
d = {1: 1, 2: 2}
try:
    for k in d.values(): d.pop(1)
except RuntimeError as e: print(e)
d = {1: 1, 2: 2, 3: 3}
for k in d: d[k] = k * 10
print(d)
it = iter(d); next(it); print(it.__length_hint__(), list(it))
d = {'x': 1}
it = iter(d.items()); d['y'] = 2
try: next(it)
except RuntimeError as e: print(e)
try: next(it)
except RuntimeError as e: print('again', e)
