def sub():
    x = yield "s1"
    print("sub got", x)
    y = yield "s2"
    print("sub got", y)
    return "sub-result"

def delegator():
    r = yield from sub()
    print("delegator got", r)
    yield "d-end"

g = delegator()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("done")

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))

def tree(node):
    if isinstance(node, list):
        for ch in node:
            yield from tree(ch)
    else:
        yield node
print(list(tree([1, [2, [3, 4], 5], [[6]]])))

def catching_sub():
    try:
        yield 1
    except ValueError:
        yield "sub handled"
    return "ret"
def outer():
    r = yield from catching_sub()
    yield "outer got " + r
g = outer()
next(g)
print(g.throw(ValueError))
print(next(g))

def closing_sub():
    try:
        yield 1
    finally:
        print("sub closed")
def outer2():
    yield from closing_sub()
g = outer2()
next(g)
g.close()

def yf_iter():
    r = yield from [1, 2]
    print("list returns", r)
print(list(yf_iter()))

def yf_return_only():
    def inner():
        return 42
        yield
    v = yield from inner()
    yield v
print(list(yf_return_only()))

def yf_stopiteration_value():
    def inner():
        yield 1
        return (1, 2)
    a, b = yield from inner()
    yield a + b
print(list(yf_stopiteration_value()))

def yf_send_to_list():
    yield from [1, 2, 3]
g = yf_send_to_list()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print(type(e).__name__, e)

try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n
print(sum(gen_depth(200)))

def yf_throw_not_handled():
    yield from iter([1, 2])
g = yf_throw_not_handled()
next(g)
try:
    g.throw(KeyError("x"))
except KeyError as e:
    print("thrown through iterator:", e)
