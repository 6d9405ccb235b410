# sys.exit('message'): message on stderr, status 1, callbacks still run.
import atexit
import sys

atexit._clear()
atexit.register(print, "callback")
sys.exit("bye")
