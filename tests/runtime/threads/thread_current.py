# current_thread / main_thread / enumerate / active_count / get_ident.
import threading
import _thread

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon)
print(main.ident == threading.get_ident() == _thread.get_ident())
print(threading.get_native_id() == main.native_id)
print("started" in repr(main), repr(main).startswith("<_MainThread(MainThread, started "))

seen = {}
lock = threading.Lock()
go = threading.Event()


def body(tag):
    me = threading.current_thread()
    with lock:
        seen[tag] = (me.name, me is threading.current_thread(),
                     me.ident == threading.get_ident(),
                     threading.get_ident() != main.ident,
                     me.is_alive(), me in threading.enumerate())
    go.wait()


ts = [threading.Thread(target=body, args=(i,), name="T%d" % i) for i in range(4)]
base = threading.active_count()
for t in ts:
    t.start()
print(threading.active_count() - base)
names = sorted(t.name for t in threading.enumerate())
print(names)
go.set()
for t in ts:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print(threading.active_count() == base)
print(sorted(t.name for t in threading.enumerate()))
print(len(set(t.ident for t in ts)) == 4)

# a thread started by _thread, not by threading, gets a dummy Thread object
info = []
done = threading.Lock()
done.acquire()


def raw():
    ct = threading.current_thread()
    info.append((ct.name.startswith("Dummy-"), ct.daemon, ct.is_alive(),
                 ct is threading.current_thread(),
                 type(ct).__name__))
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
print(info)
