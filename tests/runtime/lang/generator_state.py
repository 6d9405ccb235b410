import inspect
def g():
    yield 1
    yield 2
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
list(gen)
print(inspect.getgeneratorstate(gen))
gen2 = g()
gen2.close()
print(inspect.getgeneratorstate(gen2))
def introspect():
    me = yield inspect.getgeneratorstate(holder[0])
    yield me
holder = [None]
holder[0] = introspect()
print(next(holder[0]))
print(gen.gi_code.co_name, gen.__name__, gen.__qualname__, inspect.isgenerator(gen), inspect.isgeneratorfunction(g))
def locals_gen(a):
    b = a * 2
    yield
    yield
lg = locals_gen(5)
next(lg)
print(sorted(lg.gi_frame.f_locals.items()))
print(lg.gi_yieldfrom)
def outer():
    yield from inner_gen
inner_gen = g()
o = outer()
next(o)
print(o.gi_yieldfrom is inner_gen)
class Gen:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(Gen()), inspect.isgenerator(Gen()))
gen3 = g()
gen3.__name__ = "renamed"
print(gen3.__name__)
