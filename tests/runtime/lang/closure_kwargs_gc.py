# Stacked decorators forwarding *args/**kwargs through closures, called many
# times so the collector runs while the closures live (a cell of the inner
# closure was once collected: "SystemError: bad cell").
def outer(fn):
    def w1(*args, **kwargs):
        return fn(*args, **kwargs)
    return w1

def scaled(factor):
    def decorator(fn):
        def w2(*args, **kwargs):
            return fn(*args, **kwargs) * factor
        return w2
    return decorator

def area(w, h):
    return w * h

f = outer(scaled(3)(area))
total = 0
for i in range(60000):
    total += f(i & 15, 2)
print(total)
print([type(c).__name__ for c in f.__closure__], f.__closure__[0].cell_contents.__name__)
