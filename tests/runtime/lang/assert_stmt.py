assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], {"detail": 5}
except AssertionError as e:
    print(type(e).__name__, e.args[0]["detail"])
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
x = 5
try:
    assert x < 0, f"x was {x}"
except AssertionError as e:
    print(e)
print(__debug__)
class Err(AssertionError):
    pass
try:
    raise Err("custom")
except AssertionError as e:
    print(type(e).__name__, e)
