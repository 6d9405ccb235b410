# Two threads hand a token back and forth by busy-waiting on shared state:
# needs real parallelism or fair switching (GIL mode's switch interval).
import _thread, sys

state = {"turn": 0, "log": []}
finished = _thread.allocate_lock()
finished.acquire()
ROUNDS = 200

def player(me):
    for i in range(ROUNDS):
        while state["turn"] != me:
            pass
        state["log"].append(me)
        state["turn"] = 1 - me
    if me == 1:
        finished.release()

_thread.start_new_thread(player, (1,))
player(0)
finished.acquire()
log = state["log"]
print(len(log), log[:6], all(log[i] != log[i + 1] for i in range(len(log) - 1)))
