# At exit the interpreter waits for non-daemon threads (threading._shutdown)
# but not for daemon threads; idle pool workers are stopped.
import threading
import time
import concurrent.futures as cf

forever = threading.Event()
threading.Thread(target=forever.wait, daemon=True).start()

ex = cf.ThreadPoolExecutor(2)  # never shut down explicitly
print(ex.submit(pow, 2, 10).result())


def late():
    time.sleep(0.05)
    print("worker done")


ex.submit(time.sleep, 0.02)
threading.Thread(target=late).start()
print("main done")
