def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())

def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])

def late_binding():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in late_binding()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

def shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return list(v)
    return add, get
add, get = shared()
add(1); add(2)
print(get())

def rebind():
    x = 1
    def g():
        return x
    x = 2
    return g()
print(rebind())

def cell_contents():
    a = 5
    def g():
        return a
    return g
g = cell_contents()
print(g.__closure__[0].cell_contents)
print(g.__code__.co_freevars)
print(cell_contents.__code__.co_cellvars)

def nested_nonlocal():
    x = 0
    def a():
        nonlocal x
        x += 1
        def b():
            nonlocal x
            x += 10
        b()
    a(); a()
    return x
print(nested_nonlocal())

def closure_over_param(p):
    def g():
        return p * 2
    return g
print(closure_over_param(21)())

def loop_closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]
print(loop_closures())

def unbound_free():
    def g():
        return y
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return g()
print(unbound_free())
