import a
import b
print(a.use_b(), b.use_a())
try:
    import c
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
