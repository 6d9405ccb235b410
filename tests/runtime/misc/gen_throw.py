def g():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e))
        yield 2
    yield 3
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))
it2 = g()
next(it2)
try:
    it2.throw(KeyError)
except KeyError as e:
    print("propagated", repr(e))
try:
    next(it2)
except StopIteration:
    print("finished")
it3 = g(); next(it3)
print(it3.throw(ValueError, "v"))
it4 = g(); next(it4)
print(it4.throw(ValueError, ValueError("inst")))
it5 = g(); next(it5)
print(it5.throw(ValueError, ("a", "b")))
it6 = g(); next(it6)
for bad in [(1,), (ValueError(), 1), (ValueError, None, 5)]:
    try:
        it6.throw(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    it6.throw()
except TypeError as e:
    print(e)
fresh = g()
try:
    fresh.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early", e)
print(list(fresh))
