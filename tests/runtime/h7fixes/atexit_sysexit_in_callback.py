# A callback calling sys.exit(3): CPython reports it as an ignored exception
# and the exit status stays 0; the other callbacks still run.
import atexit
import sys

atexit._clear()
atexit.register(print, "runs after the exiting callback")


def ex():
    print("ex")
    sys.exit(3)


atexit.register(ex)
print("main")
