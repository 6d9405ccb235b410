def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, 2] <= [1, 2], [1] >= [1, 0])
print([1, [2, 3]] == [1, [2, 3]])
n = float('nan'); print([n] == [n])
show(lambda: [1] < [None])
show(lambda: [1] < (1,))
print([1] == (1,), [1] != (1,))
show(lambda: [1, 'a'] < [1, 2])
print([1, 'a'] < [2, 1])
