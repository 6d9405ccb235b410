def show(eg, indent=0):
    pad = " " * indent
    if isinstance(eg, BaseExceptionGroup):
        print(pad + f"{type(eg).__name__}({eg.message!r}, {len(eg.exceptions)})")
        for e in eg.exceptions:
            show(e, indent + 2)
    else:
        print(pad + repr(eg))

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
show(eg)
print(str(eg))
try:
    raise eg
except* ValueError as g:
    print("caught ValueErrors:"); show(g, 2)
except* TypeError as g:
    print("caught TypeErrors:"); show(g, 2)

try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as rest:
    print("remaining:"); show(rest, 2)

try:
    raise ValueError("plain")
except* ValueError as g:
    print("naked exception wrapped:"); show(g, 2)

nested = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("sub", [TypeError("b"), ValueError("c")])])
try:
    raise nested
except* ValueError as g:
    print("nested match:"); show(g, 2)
except* TypeError as g:
    print("nested type:"); show(g, 2)

match, rest = nested.split(ValueError)
show(match); show(rest)
sub = nested.subgroup(lambda e: isinstance(e, TypeError))
show(sub)
print(nested.subgroup(KeyError))

bg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(bg).__name__)
bg2 = BaseExceptionGroup("b", [ValueError()])
print(type(bg2).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("x", ValueError())
except TypeError as e:
    print(type(e).__name__, e)

def raise_in_star():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
try:
    raise_in_star()
except ExceptionGroup as e:
    show(e)
except KeyError as e:
    print("KeyError directly", e)

try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
except* (ValueError, TypeError) as g:
    print("tuple:", [repr(x) for x in g.exceptions])
print(eg.args[0], len(eg.args[1]))
