x = "outer"
lst = [x for x in range(3)]
print(x, lst)
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
i = 100
print([i for i in range(2)], i)
gen_i = list(i for i in range(2))
print(i)
d = {i: i for i in range(2)}
print(i)
print([j for j in range(3)])
try:
    j
except NameError as e:
    print(type(e).__name__, e)

# walrus leaks to containing scope
print([last := v for v in range(4)], last)
total = 0
print([total := total + v for v in range(5)], total)
def in_func():
    vals = [y := k * 2 for k in range(3)]
    return vals, y
print(in_func())
print(any((hit := v) > 2 for v in [1, 2, 3, 4]), hit)

class C:
    base = 10
    items = [1, 2]
    doubled = [v * 2 for v in items]   # outermost iterable evaluated in class scope
    try:
        bad = [v + base for v in items]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)

def closure_in_comp():
    factor = 3
    return [v * factor for v in range(3)]
print(closure_in_comp())

def nested_comp_closure():
    n = 2
    return [[r * n + c for c in range(n)] for r in range(n)]
print(nested_comp_closure())

y = 5
print([y for _ in range(2)])
print([(y := y + 1) for _ in range(2)], y)

def comp_uses_later_local():
    res = [a for a in range(2)]
    a = "local a"
    return res, a
print(comp_uses_later_local())
print([x for x in range(3) if x != 1 for x in "ab"])
