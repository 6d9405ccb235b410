class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
b = B()
b.z = 3
print(isinstance(b, A), isinstance(b, (int, str)), isinstance(b, (int, (str, A))), isinstance(1, bool), isinstance(True, int))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(B, (int, A)), issubclass(A, object))
for call in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, (1,)), lambda: isinstance(1, (int, 1))]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(hasattr(b, "x"), hasattr(b, "z"), hasattr(b, "nope"), getattr(b, "y"), getattr(b, "q", None))
print(vars(b), sorted(vars(B)) if False else sorted(k for k in vars(B) if not k.startswith("__")))
print([n for n in dir(b) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(callable(b.m), callable(B), callable(b))
print(type(b) is B, type(B) is type, b.__class__.__name__, B.__name__, B.__qualname__)
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]), x is y)
print(type(5), type("s"), type(None), type(type), type(print).__name__, type(len).__name__, type(A.m).__name__, type(b.m).__name__)
print(repr(type(None)()), type(...).__name__, type(NotImplemented).__name__)
print(hash(5), hash(5) == hash(5.0), hash((1, "a")) == hash((1, "a")), hash(True), hash(None) == hash(None))
print(chr(65), chr(0x4e2d), ord("A"), ord("中"), ord(b"a"), chr(0x1F600))
for call in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr("x"), ascii("ñ"), format(5, "03"), format("x", ">3"), format(3.14159, ".2f"), format(10, "b"))
print(divmod(7, 2), divmod(-7, 2), divmod(7.0, 2), pow(2, 5), pow(2, 5, 3), round(3.14159, 2), round(5), round(-2.5), abs(-7))
print(bin(10), oct(10), hex(-10), int("ff", 16), bool(), int(), float(), str(), tuple(), list(), dict())
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(1e20) == 10 ** 20)
print(isinstance(b, object), isinstance(B, type), isinstance(type, object), isinstance(object, type))
print(globals()["A"] is A, "b" in globals(), __name__)
def f(a, b=2): pass
print(f.__name__, f.__defaults__, f.__code__.co_argcount, f.__code__.co_name)
print(len(dir()) > 5, "A" in dir(), sorted(dir(A()))[0])
