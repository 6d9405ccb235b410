# Which objects can be weakly referenced (CPython's rules for builtin types,
# subclasses of builtins and classes with __slots__).
import _weakref
import sys


def gen():
    yield 1


class A:
    def m(self):
        pass


def check(label, o):
    try:
        _weakref.ref(o)
        print(label, 'yes')
    except TypeError as e:
        print(label, 'no:', e)


for label, o in [('int', 1), ('big', 10 ** 30), ('bool', False), ('float', 0.5), ('complex', 1j),
                 ('str', 's'), ('bytes', b''), ('bytearray', bytearray()), ('tuple', (1,)), ('list', []),
                 ('dict', {}), ('set', set()), ('frozenset', frozenset()), ('None', None), ('type', int),
                 ('function', gen), ('builtin', len), ('bound builtin', [].append), ('method', A().m),
                 ('code', gen.__code__), ('module', sys), ('generator', gen()), ('range', range(2)),
                 ('slice', slice(2)), ('property', property()), ('staticmethod', staticmethod(len)),
                 ('classmethod', classmethod(len)), ('object', object()), ('exception', KeyError('k')),
                 ('memoryview', memoryview(b'ab')), ('ellipsis', ...), ('list iterator', iter([])),
                 ('enumerate', enumerate([])), ('zip', zip()), ('map', map(len, [])),
                 ('dict keys', {}.keys()), ('mappingproxy', A.__dict__), ('super', super(A, A())),
                 ('version_info', sys.version_info), ('generic alias', list[int])]:
    check(label, o)

for base in (int, bool.__base__, float, str, bytes, tuple, list, dict, set, frozenset, complex, Exception,
             bytearray, object, KeyError):
    C = type('Sub_' + base.__name__, (base,), {})
    check('subclass of ' + base.__name__, C())


class S:
    __slots__ = ('a',)


class S2(S):
    pass


class S3:
    __slots__ = ('__weakref__',)


class S4(S3):
    __slots__ = ()


class S5(S):
    __slots__ = ('b',)


class S6:
    __slots__ = ('__dict__',)


class S7:
    __slots__ = ()


class S8(S7, A):
    __slots__ = ()


class M(type):
    pass


class WithMeta(metaclass=M):
    pass


for C in (S, S2, S3, S4, S5, S6, S7, S8, WithMeta):
    check(C.__name__, C())
check('class with metaclass', WithMeta)
check('class A', A)
