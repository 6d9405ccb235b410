"""Thread-scaling benchmark driver: runs the same total work of each workload
(bench/threads/workloads.py) split over T threads and prints one line per
(workload, T):

    RESULT <name> <threads> <seconds> <checksum>

Units are dealt out round-robin (thread t runs units t, t+T, t+2T, ...); all
threads are started, then all joined, and the wall time between the first
start and the last join is reported.  The checksum (sum over all units) must
be the same for every T; a mismatch is reported on stderr and the exit status
is 1.

Usage: driver.py [--quick] [--threads 1,2,4] [--units N] [--scale F]
                 [--repeat R] [workload ...]

Default thread counts: 1, 2 and os.cpu_count() (duplicates removed).
--scale multiplies every workload's default size (e.g. 0.5 for half the
work per unit); --units sets the number of units (default 240, quick 24).
--repeat R runs each (workload, T) R times in a row, printing each run.

Uses only sys, os, time, threading (and the workloads module).
"""

import sys
import os
import time
import threading

sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import workloads  # noqa: E402


def run_threads(name, size, units, nthreads):
    """Runs `units` units of workload `name` on `nthreads` threads; returns
    (combined checksum, wall seconds)."""
    results = [None] * nthreads

    def target(t):
        results[t] = workloads.work(name, range(t, units, nthreads), size)

    threads = [threading.Thread(target=target, args=(t,)) for t in range(nthreads)]
    start = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - start
    total = 0
    for t in range(nthreads):
        if results[t] is None:
            raise RuntimeError("thread %d of %s did not finish" % (t, name))
        total += results[t]
    return total, elapsed


def default_threads():
    counts = [1, 2, os.cpu_count() or 1]
    out = []
    for c in counts:
        if c not in out:
            out.append(c)
    out.sort()
    return out


def parse_args(argv):
    opts = {"quick": False, "threads": None, "units": None, "scale": 1.0,
            "repeat": 1, "names": []}
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == "--quick":
            opts["quick"] = True
        elif a in ("--threads", "--units", "--scale", "--repeat"):
            if i + 1 >= len(argv):
                raise SystemExit("driver.py: %s needs a value" % a)
            i += 1
            v = argv[i]
            if a == "--threads":
                opts["threads"] = [int(x) for x in v.split(",") if x]
            elif a == "--units":
                opts["units"] = int(v)
            elif a == "--scale":
                opts["scale"] = float(v)
            else:
                opts["repeat"] = int(v)
        elif a.startswith("-"):
            raise SystemExit("driver.py: unknown option " + a)
        else:
            if a not in workloads.WORKLOADS:
                raise SystemExit("driver.py: unknown workload %s (have: %s)"
                                 % (a, ", ".join(workloads.ORDER)))
            opts["names"].append(a)
        i += 1
    return opts


def main(argv):
    opts = parse_args(argv)
    names = opts["names"] or workloads.ORDER
    counts = opts["threads"] or default_threads()
    units = opts["units"]
    if units is None:
        units = workloads.QUICK_UNITS if opts["quick"] else workloads.DEFAULT_UNITS
    impl = sys.implementation.name
    print("# driver: implementation=%s version=%s cpus=%s units=%d threads=%s"
          % (impl, sys.version.split()[0], os.cpu_count(), units,
             ",".join(str(c) for c in counts)))
    print("# RESULT name threads seconds checksum")
    sys.stdout.flush()
    ok = True
    for name in names:
        entry = workloads.WORKLOADS[name]
        size = entry[2] if opts["quick"] else workloads.scaled_size(name, opts["scale"])
        reference = None
        for nthreads in counts:
            for _ in range(opts["repeat"]):
                checksum, seconds = run_threads(name, size, units, nthreads)
                print("RESULT %s %d %.6f %d" % (name, nthreads, seconds, checksum))
                sys.stdout.flush()
                if reference is None:
                    reference = checksum
                elif checksum != reference:
                    ok = False
                    sys.stderr.write("MISMATCH %s: %d threads gave %d, expected %d\n"
                                     % (name, nthreads, checksum, reference))
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv)
