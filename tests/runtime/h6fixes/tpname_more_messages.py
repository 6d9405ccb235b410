# Messages that name an object's type use CPython's tp_name: module-qualified
# for extension types, bare for builtins and Python classes.
import collections, itertools, io, re
class Plain: pass
objs = [collections.deque(), itertools.chain(), io.StringIO(), re.compile("a"), Plain(), 3, "s"]
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
for o in objs:
    show(lambda: o())
    show(lambda: o.nosuchattr)
    show(lambda: len(o))
    show(lambda: o[0])
    show(lambda: o.__delitem__(0))
    show(lambda: [1][o])
    show(lambda: 5 in o)
    show(lambda: next(o))
    show(lambda: "a" in "abc" and o in "abc")
    show(lambda: range(o))
    show(lambda: format(o, "Q"))
    show(lambda: iter(o))
    show(lambda: [*o])
    try:
        a, b = o
    except Exception as e:
        print(type(e).__name__, e)
def f(*a): pass
show(lambda: f(*3))
show(lambda: f(*re.compile("a")))
