# Module and type docstrings that pure-Python wrappers re-export.
import _random, _sha512, _struct, _contextvars, cmath
for m in [_random, _sha512, _struct, _contextvars, cmath]:
    print(m.__name__, repr(m.__doc__))
print(repr(_random.Random.__doc__))
