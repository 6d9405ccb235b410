# sys.exit(5) in the main program: the callbacks run, the status stays 5.
import atexit
import sys

atexit._clear()
atexit.register(print, "callback", 1)
atexit.register(lambda: print("lambda callback"))
print("main")
sys.exit(5)
