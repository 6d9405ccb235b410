# Classes whose __slots__ add members are solid bases (CPython's solid_base):
# two of them cannot be combined; empty/__dict__/__weakref__ slots add none.
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", r)

class A:
    __slots__ = ("x",)
class B:
    __slots__ = ("y",)
class Empty:
    __slots__ = ()
class DictOnly:
    __slots__ = ("__dict__",)
class WeakOnly:
    __slots__ = ("__weakref__",)
class Plain:
    pass
class A2(A):
    __slots__ = ("w",)
class A3(A):
    pass

def make(*bases):
    def f():
        c = type("C", bases, {})
        return c.__base__.__name__ + " " + ",".join(k.__name__ for k in c.__mro__)
    return f

show("A+B", make(A, B))
show("A+Empty", make(A, Empty))
show("Empty+A", make(Empty, A))
show("A+DictOnly", make(A, DictOnly))
show("WeakOnly+A", make(WeakOnly, A))
show("A+Plain", make(A, Plain))
show("Plain+A", make(Plain, A))
show("A2+B", make(A2, B))
show("A3+B", make(A3, B))
show("A2+A3", make(A2, A3))
show("A+int", make(A, int))
show("Empty+int", make(Empty, int))
show("DictOnly+WeakOnly", make(DictOnly, WeakOnly))

class SlotExc(ValueError):
    __slots__ = ("code",)
show("SlotExc+TypeError", make(SlotExc, TypeError))
show("SlotExc+A", make(SlotExc, A))

class OK(A2, A3):
    pass
o = OK()
o.x, o.w = 1, 2
print(o.x, o.w)
c = type("C", (A, Plain), {})()
c.x = 5
c.other = 6
print(c.x, c.other)
