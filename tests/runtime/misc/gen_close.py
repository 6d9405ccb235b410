def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g()
next(it)
print(it.close())
print(it.close())
print(list(it))
it2 = g()
it2.close()
print("closed unstarted")
def stubborn():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                return
            ignored = True
            print("ignoring")
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def raiser():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")
r = raiser()
next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError", e)
def returner():
    try:
        yield 1
    except GeneratorExit:
        return 5
q = returner(); next(q); print(q.close())
