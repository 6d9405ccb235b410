class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with CM("x") as x, CM("y") as y:
    print("two", x, y)
with (CM("p") as p,
      CM("q") as q):
    print("paren", p, q)

def ret_in_with():
    with CM("r"):
        return "returned"
print(ret_in_with())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterRaises():
        print("not reached")
except OSError as e:
    print(type(e).__name__, e)

class TruthyExit:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with TruthyExit():
    1 / 0
print("suppressed by truthy")

import contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("div") as t:
    with tag("span"):
        print("text", t)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppress ok")
try:
    with tag("err"):
        raise TypeError("inside")
except TypeError as e:
    print("propagated", e)

with CM("target") as (lst):
    pass
class L:
    pass
obj = L()
with CM("attr") as obj.field:
    pass
print(obj.field)
d = {}
with CM("item") as d["k"]:
    pass
print(d)
with CM("unpack") as (u1, u2, *u3):
    print(u1, u2, u3)
