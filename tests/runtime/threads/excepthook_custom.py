# threading.excepthook receives exceptions raised in threads.
import threading

print(threading.excepthook is threading.__excepthook__)
caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value),
                   args.thread.name, args.exc_traceback is not None,
                   args.exc_value is args[1], len(args)))


threading.excepthook = hook


def fail(msg):
    raise KeyError(msg)


t = threading.Thread(target=fail, args=("missing",), name="failer")
t.start()
t.join()
print(caught)
print(t.is_alive())


class Bad(threading.Thread):
    def run(self):
        1 / 0


b = Bad(name="bad")
b.start()
b.join()
print(caught[-1])

# SystemExit in a thread goes to the hook too
s = threading.Thread(target=lambda: exit_now(), name="exiter")


def exit_now():
    raise SystemExit(3)


s.start()
s.join()
print(caught[-1][:3])

# the default hook ignores SystemExit silently
threading.excepthook = threading.__excepthook__
s = threading.Thread(target=exit_now)
s.start()
s.join()
print("still running")

# ExceptHookArgs as a value
a = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread, len(a))
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print(type(e).__name__)
