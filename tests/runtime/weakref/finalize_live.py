# weakref.finalize on a live object: calling, detaching, and the exit-time call.
# (Needs the atexit module.)
import weakref


class C:
    pass


c = C()
f = weakref.finalize(c, print, 'finalized')
print(f.alive, f.peek()[0] is c)
print(f(), f.alive)
print(f(), f.detach())
g = weakref.finalize(c, lambda: 'x')
print(g.detach()[0] is c, g.alive)
h = weakref.finalize(c, print, 'at exit')
print(h.atexit, h.alive)
