# Stress: threads set/read/delete attributes of shared instances.
import threading

N_THREADS = 6
PER = 1500


class Box:
    pass


box = Box()
start = threading.Barrier(N_THREADS)
errors = []


def own_attrs(k):
    start.wait()
    names = ["a%d_%d" % (k, i) for i in range(PER)]
    for i, n in enumerate(names):
        setattr(box, n, i)
    for i, n in enumerate(names):
        if getattr(box, n) != i:
            errors.append(n)
    for n in names[1::2]:
        delattr(box, n)


ts = [threading.Thread(target=own_attrs, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(vars(box)), errors[:3])
print(all(getattr(box, "a%d_%d" % (k, i)) == i
          for k in range(N_THREADS) for i in range(0, PER, 2)))


# every thread writes the same attributes: each final value is one that was
# written, and reads never see anything else
class Point:
    def __init__(self):
        self.x = 0
        self.y = 0


p = Point()
start = threading.Barrier(N_THREADS)
odd = []


def scribble(k):
    start.wait()
    for i in range(PER):
        p.x = k
        p.y = (k, i)
        v = p.x
        if not (0 <= v < N_THREADS):
            odd.append(v)


ts = [threading.Thread(target=scribble, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(odd, 0 <= p.x < N_THREADS, p.y[1] == PER - 1)

# many objects created and mutated concurrently, each owned by one thread
results = [None] * N_THREADS


def builder(k):
    objs = [Point() for _ in range(PER)]
    for i, o in enumerate(objs):
        o.x += i
        o.y = o.x * 2
        o.z = k
    results[k] = sum(o.y for o in objs if o.z == k)


ts = [threading.Thread(target=builder, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results == [2 * sum(range(PER))] * N_THREADS)
