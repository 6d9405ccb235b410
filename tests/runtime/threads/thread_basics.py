# Thread construction, attributes, names, repr states and misuse errors.
import threading


def strip_ident(r):
    # "<Thread(name, stopped 1234)>" -> "<Thread(name, stopped>"
    parts = r.rsplit(" ", 1)
    if parts[-1][:-2].isdigit():
        return parts[0] + ">"
    return r


results = []


def work(a, b, scale=1):
    results.append((a + b) * scale)


t = threading.Thread(target=work, args=(1, 2), kwargs={"scale": 10})
print(t.name)
print(repr(t))
print(t.ident is None, t.native_id is None, t.is_alive(), t.daemon)
t.start()
t.join()
print(results)
print(t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__)
print(strip_ident(repr(t)))

# default names count up; a given name is kept as is (converted by str)
t2 = threading.Thread()
t3 = threading.Thread(target=len)
t4 = threading.Thread(name=42)
t5 = threading.Thread(target=work, name="worker")
print(t2.name, "|", t3.name, "|", repr(t4.name), "|", t5.name)
t4.name = 3.5
print(repr(t4.name))


class NoName:
    def __call__(self):
        pass


t6 = threading.Thread(target=NoName())
print(t6.name)

# daemon flag
d = threading.Thread(target=work, args=(0, 0), daemon=True)
print(d.daemon, repr(d))
d.daemon = False
print(d.daemon)
d.daemon = True
d.start()
d.join()
print(strip_ident(repr(d)))
try:
    d.daemon = False
except RuntimeError as e:
    print(type(e).__name__, e)

# misuse
try:
    t.start()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print(type(e).__name__, e)


# subclass overriding run
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name="w%d" % n)
        self.n = n
        self.out = None

    def run(self):
        self.out = self.n * self.n


ws = [Worker(i) for i in range(5)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.out for w in ws], [w.name for w in ws])
print(issubclass(threading.Timer, threading.Thread))
print(threading.ThreadError is __import__("_thread").error)
print(threading.TIMEOUT_MAX > 0)
