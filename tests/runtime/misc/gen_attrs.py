def gen():
    yield 1
g = gen()
print(g.__name__, g.__qualname__, type(g).__name__)
print(g.gi_running, g.gi_frame is not None, g.gi_code is gen.__code__, g.gi_yieldfrom)
next(g)
print(g.gi_frame.f_code.co_name, g.gi_frame.f_back)
for _ in g: pass
print(g.gi_frame, g.gi_running)
class A:
    def m(self):
        yield self
print(A().m().__qualname__)
def self_ref():
    me = yield
    print("running inside:", me.gi_running)
    yield
s = self_ref(); next(s); s.send(s)
def d():
    yield from sub()
def sub():
    yield 1
dd = d(); next(dd)
print(type(dd.gi_yieldfrom).__name__, dd.gi_yieldfrom.__name__)
print(repr(g).startswith("<generator object gen at 0x"))
