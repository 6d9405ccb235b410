# Subclasses of weakref.ref: KeyedRef-style __slots__, __new__/__init__, super().__call__.
import _weakref

ref = _weakref.ref


class KeyedRef(ref):
    __slots__ = "key",

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class A:
    pass


a = A()
k = KeyedRef(a, None, 'the key')
print(type(k).__name__, k() is a, k.key, isinstance(k, ref), k.__callback__)
print(k is ref(a), ref(a) is ref(a), k == ref(a), hash(k) == hash(a))
k2 = KeyedRef(a, print, 2)
print(k2.__callback__ is print, k2 is k)
try:
    k.other = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    ref(k)
except TypeError as e:
    print('TypeError', e)


class Plain(ref):
    pass


pr = Plain(a)
pr.extra = 5
print(type(pr).__name__, pr() is a, pr.extra, pr is ref(a), Plain(a) is pr)
w = ref(pr)
print(w() is pr, _weakref.getweakrefcount(pr))


class Counting(ref):
    calls = 0

    def __call__(self):
        Counting.calls += 1
        return super().__call__()


c = Counting(a)
print(c() is a, c() is a, Counting.calls)
print(Counting.__mro__[1] is ref, Counting.__name__)


class WithInit(ref):
    def __init__(self, ob, callback=None, **annotations):
        super().__init__(ob, callback)
        self.__dict__.update(annotations)


wi = WithInit(a, None, color='red')
print(wi.color, wi() is a)
try:
    WithInit()
except TypeError as e:
    print('TypeError', e)
try:
    ref.__init__(wi, a, callback=None)
except TypeError as e:
    print('TypeError', e)
print(type(ref.__new__(ref, a, callback=None)).__name__)
refs = _weakref.getweakrefs(a)
print(len(refs) >= 5)
print(ref.__new__(KeyedRef, a, None) is not None)
print(KeyedRef.__new__ is not ref.__new__)


class Meth:
    def m(self):
        return 'm'


o = Meth()
bm = o.m
wm = ref(bm)
print(wm() is bm, wm()())
