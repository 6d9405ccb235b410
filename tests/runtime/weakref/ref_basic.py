# weakref.ref on live objects: calling, sharing, equality, hash, repr shape.
import _weakref


def shape(s):
    # Addresses differ between runs: replace each 0x... by 0x?.
    out, i = [], 0
    while i < len(s):
        if s.startswith('0x', i):
            out.append('0x?')
            i += 2
            while i < len(s) and s[i] in '0123456789abcdefABCDEF':
                i += 1
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)


class A:
    pass


def f():
    pass


a = A()
b = A()
r = _weakref.ref(a)
print(r() is a, type(r).__name__, type(r) is _weakref.ReferenceType, _weakref.ref is _weakref.ReferenceType)
print(_weakref.ref(a) is r, _weakref.ref(a, None) is r)
cb = lambda x: None
r2 = _weakref.ref(a, cb)
print(r2 is r, r2() is a, r2.__callback__ is cb, r.__callback__)
print(_weakref.getweakrefcount(a), _weakref.getweakrefcount(b), _weakref.getweakrefcount(3))
refs = _weakref.getweakrefs(a)
print(len(refs), refs[0] is r, refs[1] is r2)
print(_weakref.getweakrefs(5), _weakref.getweakrefs(b))
# Equality compares the referents while they live.
rb = _weakref.ref(b)
print(r == r2, r == rb, r != rb, r != r2, r == a, r.__eq__(a), r.__ne__(a))


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, E) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


e1, e2, e3 = E(1), E(1), E(2)
print(_weakref.ref(e1) == _weakref.ref(e2), _weakref.ref(e1) == _weakref.ref(e3))
print(hash(_weakref.ref(e1)) == hash(1), hash(r) == hash(a))
d = {_weakref.ref(e1): 'one'}
print(d[_weakref.ref(e2)])
print(bool(r), str(r) == repr(r))
print(shape(repr(r)))
print(shape(repr(_weakref.ref(A))))
print(shape(repr(_weakref.ref(f))))
print(shape(repr(_weakref.ref(len))))
print(shape(repr(_weakref.ref({1}.__class__))))
# Set and frozenset, functions, classes, methods, modules.
s = {1, 2}
fs = frozenset([3])
m = a.__init__ if hasattr(A, '__init__') else None
import sys
for o in (s, fs, f, A, len, sys, [].append, f.__code__):
    w = _weakref.ref(o)
    print(type(o).__name__, w() is o)
