# Core error messages name non-builtins static types by tp_name
# ('collections.deque'), builtins and Python classes by their bare name.
import collections, itertools, io, re, functools, operator, types

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", r)

class Plain:
    pass

class SubDeque(collections.deque):
    pass

objs = [
    ("deque", collections.deque()),
    ("count", itertools.count()),
    ("chain", itertools.chain()),
    ("StringIO", io.StringIO()),
    ("Pattern", re.compile("a")),
    ("Match", re.compile("a").match("a")),
    ("partial", functools.partial(print)),
    ("SimpleNamespace", types.SimpleNamespace()),
    ("Plain", Plain()),
    ("SubDeque", SubDeque()),
    ("list", []),
    ("dict", {}),
    ("range", range(2)),
    ("generator", (x for x in [])),
    ("None", None),
    ("builtin", len),
]

for name, o in objs:
    print("--", name)
    show("<", lambda: o < 1)
    show("> rev", lambda: 1 > o)
    show("<=", lambda: o <= 2.5)
    show("-", lambda: o - 1)
    show("r-", lambda: 1 - o)
    show("@", lambda: o @ o)
    show("**", lambda: o ** 1)
    show("-=", lambda: operator.isub(o, 1.5))
    show("neg", lambda: -o)
    show("pos", lambda: +o)
    show("inv", lambda: ~o)
    show("pow3", lambda: pow(o, 1, 2))
    show("pow3b", lambda: pow(2, o, 2))
    show("divmod", lambda: divmod(o, 1))
    show("rdivmod", lambda: divmod(1, o))
    if name not in ("SubDeque", "deque"):
        show("str*", lambda: "ab" * o)
        show("list*", lambda: [1] * o)
        show("*tuple", lambda: o * (1,))
        show("list*=", lambda: operator.imul([1], o))
        show("str+", lambda: "ab" + o)
        show("tuple+=", lambda: operator.iadd((1,), o))

print("-- hash")
for name, o in [("deque", collections.deque()), ("list", []), ("dict", {}), ("set", set()), ("bytearray", bytearray()),
                ("SubDeque", SubDeque()), ("SimpleNamespace", types.SimpleNamespace())]:
    show("hash " + name, lambda: hash(o))
    show("dict key " + name, lambda: {o: 1})
    show("set member " + name, lambda: {o})

class NoHash:
    __hash__ = None
show("hash NoHash", lambda: hash(NoHash()))

print("-- getset not writable")
show("StringIO.closed", lambda: setattr(io.StringIO(), "closed", True))
show("del StringIO.closed", lambda: delattr(io.StringIO(), "closed"))
show("deque.maxlen", lambda: setattr(collections.deque(), "maxlen", 3))
show("gen.gi_frame", lambda: setattr((x for x in []), "gi_frame", None))
show("builtin.__self__", lambda: setattr(len, "__self__", 1))

print("-- class creation")
show("not acceptable base", lambda: type("X", (type(re.compile("")),), {}))
show("not acceptable bool", lambda: type("X", (bool,), {}))
show("qualname deque", lambda: type("X", (), {"__qualname__": collections.deque()}))
show("qualname int", lambda: type("X", (), {"__qualname__": 5}))
show("slots item", lambda: type("X", (), {"__slots__": [collections.deque()]}))
show("slots int", lambda: type("X", (), {"__slots__": [5]}))
show("duplicate", lambda: type("X", (collections.deque, collections.deque), {}))
show("super arg", lambda: super(collections.deque(), 1))
show("type.__new__ arg1", lambda: type(collections.deque(), (), {}))
show("type.__new__ arg2", lambda: type("X", collections.deque(), {}))
show("attr name", lambda: object.__getattribute__(1, collections.deque()))
show("format arg", lambda: object().__format__(collections.deque()))
show("format spec", lambda: object.__format__(types.SimpleNamespace(), "x"))
show("bases assign", lambda: setattr(Plain, "__bases__", collections.deque()))
show("bases items", lambda: setattr(Plain, "__bases__", (collections.deque(),)))
show("name assign", lambda: setattr(Plain, "__name__", collections.deque()))
show("immutable __name__", lambda: setattr(collections.deque, "__name__", "x"))
show("immutable __module__", lambda: setattr(itertools.count, "__module__", "x"))
show("immutable __doc__", lambda: setattr(itertools.count, "__doc__", "x"))
show("bases immutable", lambda: setattr(itertools.count, "__bases__", (object,)))
show("annotations", lambda: itertools.count.__annotations__)

print("-- sequence repeat with Python classes")
class WithIndex:
    def __index__(self): return 2
class WithRmul:
    def __rmul__(self, other): return "rmul"
show("str*Plain", lambda: "ab" * Plain())
show("Plain*list", lambda: Plain() * [1])
show("str*WithIndex", lambda: "ab" * WithIndex())
show("WithIndex*tuple", lambda: WithIndex() * (1, 2))
show("str*WithRmul", lambda: "ab" * WithRmul())
show("list*=Plain", lambda: operator.imul([1], Plain()))
show("str+Plain", lambda: "ab" + Plain())
show("list+Plain", lambda: [1] + Plain())
show("int*Plain", lambda: 3 * Plain())
