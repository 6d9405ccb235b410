# Exit-time callbacks: run after the main program, last registered first;
# callbacks registered by a callback do not run; a callback can unregister
# one that would run later; an exception is reported and the rest still run.
import atexit
import sys

atexit._clear()


def late():
    print("late (never runs: unregistered by second)")


def first():
    print("first (registered first, runs last)")
    sys.stdout.flush()


def second():
    print("second")
    atexit.unregister(late)
    atexit.register(print, "registered during exit: not run")


def boom():
    print("boom runs")
    raise RuntimeError("callback failed")


atexit.register(first)
atexit.register(late)
atexit.register(second)
atexit.register(boom)
atexit.register(print, "last registered, runs first", end="!\n")
print("main output")
