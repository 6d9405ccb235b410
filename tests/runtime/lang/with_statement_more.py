class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("open " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return False
log = []
try:
    with Resource("a", log) as a, Resource("b", log) as b:
        log.append("using")
        raise RuntimeError
except RuntimeError:
    log.append("handled")
print(log)

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
for exc in [KeyError, ValueError]:
    try:
        with Suppress(KeyError, IndexError):
            raise exc("x")
        print(exc.__name__, "suppressed")
    except Exception as e:
        print(type(e).__name__, "escaped")

def gen_in_with():
    with Resource("g", log):
        yield 1
        yield 2
log.clear()
for v in gen_in_with():
    pass
print(log)

class ExitArgs:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.args = args
        return True
e = ExitArgs()
with e:
    raise KeyError("k")
print(e.args[0].__name__, repr(e.args[1]), e.args[2] is not None)
with e:
    pass
print(e.args)

class Reentrant:
    depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
r = Reentrant()
with r as d1:
    with r as d2:
        print("depths", d1, d2)
print("after", r.depth)

def with_return_in_loop():
    out = []
    for i in range(3):
        with Resource(str(i), out):
            if i == 1:
                return out
    return out
print(with_return_in_loop())

class EnterReturnsOther:
    def __enter__(self):
        return "other object"
    def __exit__(self, *a):
        pass
with EnterReturnsOther() as thing:
    print(thing)
import contextlib
with contextlib.ExitStack() as stack:
    log2 = []
    for n in "xyz":
        stack.enter_context(Resource(n, log2))
    stack.callback(log2.append, "callback")
print(log2)
@contextlib.contextmanager
def cm_suppressing():
    try:
        yield
    except ValueError:
        print("cm caught ValueError")
with cm_suppressing():
    raise ValueError
print("continued")
@contextlib.contextmanager
def cm_no_yield():
    if False:
        yield
try:
    with cm_no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
