# weakref.WeakMethod (a ref subclass with __slots__ incl. __weakref__), ref[...] generics,
# and weakref.proxy through the weakref module.
import weakref


class C:
    def __init__(self, name):
        self.name = name

    def hello(self, greeting='hi'):
        return '%s %s' % (greeting, self.name)


c = C('bob')
wm = weakref.WeakMethod(c.hello)
print(type(wm).__name__, wm()(), wm()('yo'), wm == weakref.WeakMethod(c.hello), wm != weakref.WeakMethod(c.hello))
print(hash(wm) == hash(weakref.WeakMethod(c.hello)), isinstance(wm, weakref.ref))
r2 = weakref.ref(wm)
print(r2() is wm)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)
print(weakref.ref is weakref.ReferenceType, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
p = weakref.proxy(c)
print(p.hello(), p.name, isinstance(p, weakref.ProxyTypes))
print(weakref.getweakrefcount(C('tmp')), weakref.getweakrefs(3))
