# Threads creating subclasses of one base and writing class attributes at the
# same time: the base's subclass list and the classes' dicts stay consistent.
import threading

class Base:
    counter = 0

made = []
lock = threading.Lock()

def worker(k):
    mine = []
    for i in range(150):
        cls = type("C%d_%d" % (k, i), (Base,), {"k": k, "i": i})
        cls.extra = i * 2
        Base.last = k
        mine.append(cls)
    with lock:
        made.extend(mine)

threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
subs = Base.__subclasses__()
print(len(made), len(subs), set(map(id, made)) == set(map(id, subs)))
print(all(c.extra == c.i * 2 and c.__mro__[1] is Base for c in made), Base.last in range(4))
print(sorted({c.k for c in subs}))
