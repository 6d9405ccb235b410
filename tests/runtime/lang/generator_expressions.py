g = (x * 2 for x in range(5))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(10) if x % 3 == 0))
print(max((len(w), w) for w in ["apple", "fig", "banana"]))
print(list((i, j) for i in range(3) for j in range(i)))
print(", ".join(str(x) for x in [1, 2, 3]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in []))

def first_iter_eval():
    try:
        (x for x in 5)
    except TypeError as e:
        print("eager outer iterable:", e)
first_iter_eval()
lazy_cond = (1 / x for x in [1, 0])
print(next(lazy_cond))
try:
    next(lazy_cond)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

n = 10
gen = (x + n for x in range(2))
n = 100
print(list(gen))
seq = [1, 2]
gen = (x for x in seq)
seq = [9, 9]
print(list(gen))

print(sorted(x % 4 for x in range(10)))
print(dict((k, k * k) for k in range(4)))
print(tuple(c.upper() for c in "abc"))
print(list(zip((x for x in "ab"), (y for y in range(10)))))
nested = ((i * j for j in range(3)) for i in range(3))
print([list(inner) for inner in nested])
print(sum(1 for _ in range(1000)))
gen = (x for x in [1])
print(gen.__name__, gen.__qualname__)
