"""Differential check of the thread-scaling benchmark's workloads
(bench/threads/workloads.py): runs every workload at tiny sizes on 1 and on 3
threads (units dealt out round-robin, as the benchmark driver does) and
prints the per-thread and combined checksums. Output is deterministic (no
timings), so python3 and Grail must print the same thing."""
import sys
import os
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "bench", "threads"))
import workloads  # noqa: E402

UNITS = 12


def run(name, size, nthreads):
    results = [None] * nthreads

    def target(t):
        results[t] = workloads.work(name, range(t, UNITS, nthreads), size)

    threads = [threading.Thread(target=target, args=(t,)) for t in range(nthreads)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return results


for name in workloads.ORDER:
    size = workloads.WORKLOADS[name][2]
    one = run(name, size, 1)
    three = run(name, size, 3)
    same = one[0] == sum(three)
    print(name, "size", size, "1 thread:", one[0], "3 threads:", three, "sum", sum(three), "equal" if same else "DIFFERENT")

# Every unit alone, directly (no threads): catches a per-unit difference that
# the sums could hide.
for name in workloads.ORDER:
    fn, size = workloads.WORKLOADS[name][0], workloads.WORKLOADS[name][2]
    print(name, [fn(u, size) for u in range(4)])
