# Error cases of _weakref.ref and the module functions.
import _weakref


class A:
    pass


class Unhashable:
    __hash__ = None


a = A()


def t(label, f):
    try:
        r = f()
        print(label, 'ok', r if isinstance(r, (int, bool, str, type(None))) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


for o in (1, 2 ** 100, True, 1.5, 2j, 'str', b'b', bytearray(), (), [], {}, None, range(3), slice(1),
          object(), ValueError(), Ellipsis, NotImplemented, property(), iter([]), {}.keys()):
    t('ref ' + type(o).__name__, lambda: _weakref.ref(o))
    t('proxy ' + type(o).__name__, lambda: _weakref.proxy(o))
t('no args', lambda: _weakref.ref())
t('3 args', lambda: _weakref.ref(a, None, 3))
t('kwargs', lambda: _weakref.ref(a, callback=None))
t('call args', lambda: _weakref.ref(a)(1))
t('call kwargs', lambda: _weakref.ref(a)(x=1))
t('callback 5', lambda: _weakref.ref(a, 5).__callback__)
t('lt', lambda: _weakref.ref(a) < _weakref.ref(a) if False else None)
try:
    _weakref.ref(a) < _weakref.ref(a)
except TypeError:
    print('lt TypeError')
t('eq int', lambda: _weakref.ref(a) == 3)
t('eq method', lambda: _weakref.ref(a).__eq__(3))
t('lt method', lambda: _weakref.ref(a).__lt__(_weakref.ref(a)))
t('proxy no args', lambda: _weakref.proxy())
t('proxy 3 args', lambda: _weakref.proxy(a, None, 3))
t('proxy kwargs', lambda: _weakref.proxy(a, callback=None))
t('count no args', lambda: _weakref.getweakrefcount())
t('count 2 args', lambda: _weakref.getweakrefcount(a, a))
t('refs no args', lambda: _weakref.getweakrefs())
t('remove no args', lambda: _weakref._remove_dead_weakref())
t('remove missing', lambda: _weakref._remove_dead_weakref({}, 'k'))
t('remove list', lambda: _weakref._remove_dead_weakref([], 'k'))
t('remove not weakref', lambda: _weakref._remove_dead_weakref({'k': 1}, 'k'))
d = {'k': _weakref.ref(a)}
t('remove live', lambda: _weakref._remove_dead_weakref(d, 'k'))
print(list(d))
t('new int', lambda: _weakref.ref.__new__(int, a))
t('init int', lambda: _weakref.ref.__init__(3, a))
t('init ok', lambda: _weakref.ref(a).__init__(a, None))
t('init 3', lambda: _weakref.ref(a).__init__(a, None, 4))
t('init 0', lambda: _weakref.ref(a).__init__())
t('call int', lambda: _weakref.ref.__call__(3))
t('hash int', lambda: _weakref.ref.__hash__(3))
t('hash unhashable', lambda: hash(_weakref.ref(Unhashable())) if False else None)
u = Unhashable()
t('hash unhashable referent', lambda: hash(_weakref.ref(u)))
t('set callback', lambda: setattr(_weakref.ref(a), '__callback__', 3))
t('ref of ref', lambda: _weakref.ref(_weakref.ref(a)))
t('ref of proxy', lambda: _weakref.ref(_weakref.proxy(a)))
t('proxy of proxy', lambda: _weakref.proxy(_weakref.proxy(a)))
try:
    type('X', (_weakref.ProxyType,), {})
except TypeError:
    print('subclass proxy TypeError')
t('create proxy', lambda: _weakref.ProxyType(a))
t('create callable proxy', lambda: _weakref.CallableProxyType(a))
t('hash proxy', lambda: hash(_weakref.proxy(a)))
t('class_getitem', lambda: repr(_weakref.ref[int]))
t('doc', lambda: _weakref.ref.__doc__)
t('module doc', lambda: _weakref.__doc__)
t('names', lambda: ' '.join(n for n in sorted(dir(_weakref)) if not n.startswith('__')))
t('count doc', lambda: _weakref.getweakrefcount.__doc__)
