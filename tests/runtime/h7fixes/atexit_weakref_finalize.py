# weakref.finalize callbacks with atexit=True run at exit; atexit=False ones do not.
import weakref


class C:
    pass


a, b, c = C(), C(), C()
weakref.finalize(a, print, "finalize a at exit")
fb = weakref.finalize(b, print, "finalize b (atexit False)")
fb.atexit = False
weakref.finalize(c, print, "finalize c at exit")
print("main done", fb.atexit)
