eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
m, r = eg.split(ValueError)
print(repr(m)); print(repr(r))
m, r = eg.split((KeyError, TypeError))
print(repr(m)); print(repr(r))
print(eg.split(OSError))
m, r = eg.split(Exception)
print(m is eg, r)
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print(repr(m)); print(repr(r))
print(repr(eg.subgroup(KeyError)))
print(eg.subgroup(OSError))
print(eg.subgroup(lambda e: True) is eg)
for bad in [1, (ValueError, 1), "s", int]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(type(e).__name__, e)
