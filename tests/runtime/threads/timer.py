# Timer fires once; a cancelled Timer never fires.
import threading

fired = []
done = threading.Event()


def hit(tag, extra=None):
    fired.append((tag, extra))
    done.set()


t = threading.Timer(0.02, hit, args=("a",), kwargs={"extra": 1})
print(t.name.startswith("Thread-"), t.interval, t.is_alive())
t.start()
print(done.wait(5))
t.join()
print(fired, t.finished.is_set(), t.is_alive())

c = threading.Timer(30, hit, args=("never",))
c.start()
c.cancel()
c.join(5)
print(c.is_alive(), fired)

c2 = threading.Timer(0.01, hit, ["cancelled before start"])
c2.cancel()
c2.start()
c2.join()
print(fired)

z = threading.Timer(0, hit, ("zero",))
z.start()
z.join()
print(fired)
