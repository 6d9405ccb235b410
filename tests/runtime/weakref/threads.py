# Weak references created, called and dropped from several threads at once,
# with collections running meanwhile: results stay consistent.
import _weakref
import gc
import threading


class Obj:
    def __init__(self, n):
        self.n = n


shared = [Obj(i) for i in range(50)]
errors = []
counts = [0] * 4
fired = []
cb = fired.append


def work(k):
    try:
        total = 0
        for rnd in range(40):
            for o in shared:
                r = _weakref.ref(o)
                if r is not _weakref.ref(o) or r() is not o:
                    errors.append('shared ref')
                p = _weakref.proxy(o)
                total += p.n
                w = _weakref.ref(o, cb)
                if w() is not o:
                    errors.append('callback ref')
            tmp = [_weakref.ref(Obj(i), cb) for i in range(20)]
            if rnd % 10 == 0:
                gc.collect()
            del tmp
        counts[k] = total
    except Exception as e:
        errors.append(repr(e))


ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(errors[:3], counts == [40 * sum(range(50))] * 4)
print(all(_weakref.ref(o)() is o for o in shared))
keep = [_weakref.ref(o) for o in shared]
print(all(_weakref.getweakrefs(o)[0] is r for o, r in zip(shared, keep)))
gc.collect()
_weakref.getweakrefcount(shared[0])
print(all(x() is None for x in fired), len(fired) <= 4 * 40 * 20)
