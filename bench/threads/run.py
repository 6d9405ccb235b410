#!/usr/bin/env python3
"""Runs the thread-scaling benchmark (bench/threads/driver.py) under Grail
(free-threaded), Grail with `-X gil=1` and CPython (`python3`), and writes
bench/results/THREADS.md: per workload, the median wall time of each
interpreter at each thread count and the speedup t(1 thread) / t(T threads),
plus a summary (geometric mean of the speedups over the workloads).

Runs are interleaved to spread machine noise evenly: for each round, for each
workload, every interpreter runs the driver once (one process, all thread
counts of that workload).  The figure reported is the median over the rounds.

Usage: python3 bench/threads/run.py [--grail PATH] [-n ROUNDS] [--quick]
           [--threads 1,2] [--scale F] [--python python3] [--out FILE]
           [--timeout S] [workload ...]

This script runs under CPython only (it uses subprocess and statistics).
"""

import argparse
import datetime
import math
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DRIVER = os.path.join(HERE, "driver.py")
sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
sys.path.insert(0, HERE)
import workloads  # noqa: E402


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def loadavg():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def cpu_idle(interval=1.0):
    """Fraction of all CPUs' time spent idle over `interval` seconds
    (/proc/stat), or None where that file does not exist."""
    def snap():
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        return v[3] + v[4], sum(v)
    try:
        a = snap()
        time.sleep(interval)
        b = snap()
    except (OSError, ValueError, IndexError):
        return None
    return (b[0] - a[0]) / max(1, b[1] - a[1])


def wait_idle(threshold, max_wait):
    """Waits (up to max_wait seconds) until the machine is at least
    `threshold` idle over one second; returns the last idle fraction seen."""
    deadline = time.time() + max_wait
    while True:
        idle = cpu_idle()
        if idle is None or idle >= threshold or time.time() >= deadline:
            return idle


def git_commit():
    try:
        out = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=10)
        return out.stdout.decode().strip() or "unknown"
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"


def tail(text, n=6):
    lines = [l for l in text.splitlines() if l.strip()]
    return "\n".join(lines[-n:])


def probe(cmd):
    """Checks that the interpreter runs and has threading; returns
    (ok, version or error text)."""
    code = "import sys, threading; print(sys.version.split()[0])"
    try:
        p = subprocess.run(cmd + ["-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=60, cwd=ROOT)
    except (OSError, subprocess.TimeoutExpired) as e:
        return False, "%s: %s" % (type(e).__name__, e)
    if p.returncode != 0:
        return False, "exit %d: %s" % (p.returncode, tail(p.stderr.decode("utf-8", "replace")))
    return True, p.stdout.decode().strip()


def run_driver(cmd, args, timeout):
    """Runs the driver once; returns (results {(name, T): (seconds, checksum)},
    error text or None)."""
    full = cmd + [DRIVER] + args
    try:
        p = subprocess.run(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout, cwd=ROOT)
        out, err, rc = p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired as e:
        out, err, rc = e.stdout or b"", e.stderr or b"", "timeout after %ds" % timeout
    except OSError as e:
        return {}, "%s: %s" % (type(e).__name__, e)
    results = {}
    for line in out.decode("utf-8", "replace").splitlines():
        parts = line.split()
        if len(parts) == 5 and parts[0] == "RESULT":
            results[(parts[1], int(parts[2]))] = (float(parts[3]), int(parts[4]))
    error = None
    if rc != 0:
        error = "exit %s: %s" % (rc, tail(err.decode("utf-8", "replace")))
    return results, error


def geomean(xs):
    xs = [x for x in xs if x > 0]
    if not xs:
        return float("nan")
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def fmt_s(x):
    return "—" if x is None else "%.3f" % x


def fmt_x(x):
    return "—" if x is None or x != x else "%.2fx" % x


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--grail", default=os.path.join(ROOT, ".build", "release", "grail"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("-n", "--rounds", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="tiny sizes (checks that everything runs)")
    ap.add_argument("--threads", default=None, help="thread counts, e.g. 1,2,4 (default 1,2,nproc)")
    ap.add_argument("--scale", type=float, default=None, help="multiply the default sizes")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "THREADS.md"))
    ap.add_argument("--timeout", type=int, default=1800, help="seconds per driver run")
    ap.add_argument("--no-gil-mode", action="store_true", help="skip Grail -X gil=1")
    ap.add_argument("--wait-idle", type=float, default=0.8,
                    help="before each driver run, wait until the CPUs are this idle (0 = never wait)")
    ap.add_argument("--max-wait", type=float, default=60, help="longest wait for --wait-idle, seconds")
    ap.add_argument("workloads", nargs="*")
    opts = ap.parse_args()

    names = opts.workloads or workloads.ORDER
    for n in names:
        if n not in workloads.WORKLOADS:
            ap.error("unknown workload %s (have: %s)" % (n, ", ".join(workloads.ORDER)))
    if opts.threads:
        counts = [int(x) for x in opts.threads.split(",") if x]
    else:
        counts = sorted(set([1, 2, os.cpu_count() or 1]))
    if 1 not in counts:
        counts = [1] + counts
    common = ["--threads", ",".join(str(c) for c in counts)]
    if opts.quick:
        common.append("--quick")
    if opts.scale is not None:
        common += ["--scale", str(opts.scale)]

    grail = os.path.abspath(opts.grail)
    interps = [("Grail", [grail])]
    if not opts.no_gil_mode:
        interps.append(("Grail -X gil=1", [grail, "-X", "gil=1"]))
    interps.append(("CPython", [opts.python]))

    versions, failures = {}, {}
    active = []
    for label, cmd in interps:
        ok, info = probe(cmd)
        if ok:
            versions[label] = info
            active.append((label, cmd))
        else:
            failures[label] = "cannot run `%s -c 'import threading'`: %s" % (" ".join(cmd), info)
            print("skipping %s: %s" % (label, failures[label]), file=sys.stderr)

    started = datetime.datetime.now()
    load_before = loadavg()
    times = {}      # (label, name, T) -> [seconds]
    sums = {}       # (label, name) -> set of checksums
    errors = {}     # (label, name) -> error text
    idles = []      # idle fraction of the machine just before each run
    t0 = time.time()
    for r in range(opts.rounds):
        for name in names:
            for label, cmd in active:
                if opts.wait_idle > 0:
                    idle = wait_idle(opts.wait_idle, opts.max_wait)
                    if idle is not None:
                        idles.append(idle)
                res, err = run_driver(cmd, common + [name], opts.timeout)
                if err:
                    errors[(label, name)] = err
                for (n, T), (sec, cs) in res.items():
                    times.setdefault((label, n, T), []).append(sec)
                    sums.setdefault((label, n), set()).add(cs)
                got = " ".join("T%d=%.3fs" % (T, res[(name, T)][0]) for T in counts if (name, T) in res)
                print("round %d/%d %-14s %-12s %s%s" % (r + 1, opts.rounds, label, name, got,
                                                        "  ERROR " + err.splitlines()[-1] if err else ""),
                      flush=True)
    elapsed = time.time() - t0
    load_after = loadavg()

    def med(label, name, T):
        xs = times.get((label, name, T))
        return statistics.median(xs) if xs else None

    def speedup(label, name, T):
        a, b = med(label, name, 1), med(label, name, T)
        if a is None or b is None or b <= 0:
            return None
        return a / b

    def speedup_best(label, name, T):
        a, b = times.get((label, name, 1)), times.get((label, name, T))
        if not a or not b or min(b) <= 0:
            return None
        return min(a) / min(b)

    labels = [l for l, _ in active]
    multi = [T for T in counts if T != 1]
    lines = []
    w = lines.append
    w("# Thread-scaling benchmark")
    w("")
    w("`python3 bench/threads/run.py%s` on %s (commit %s), %d round(s), median of the rounds; "
      "%.0f s in all." % ((" " + " ".join(sys.argv[1:])) if sys.argv[1:] else "",
                         started.strftime("%Y-%m-%d %H:%M"), git_commit(), opts.rounds, elapsed))
    w("")
    w("Machine: %d CPUs (nproc), %s; %s. Load average (1 min) %.2f before, %.2f after "
      "(the machine is shared, so absolute times are noisy)."
      % (os.cpu_count() or 0, cpu_model(), platform.platform(), load_before, load_after))
    w("")
    w("Each workload runs the SAME total work (%s units) dealt out round-robin over T threads "
      "(`threading.Thread`, start all, join all); the time is the wall time from the first "
      "start to the last join. Speedup = t(1 thread) / t(T threads); ideal is T. "
      "Workloads and sizes: bench/threads/workloads.py; driver: bench/threads/driver.py."
      % (workloads.QUICK_UNITS if opts.quick else workloads.DEFAULT_UNITS))
    w("")
    w("Interpreters: " + "; ".join("%s (%s)" % (l, versions[l]) for l in labels)
      + (" — Grail binary: `%s`" % os.path.relpath(grail, ROOT) if grail.startswith(ROOT) else " — Grail binary: `%s`" % grail)
      + ".")
    for label, why in failures.items():
        w("")
        w("**%s not measured:**" % label)
        w("")
        w("```")
        w(why)
        w("```")
    if idles:
        w("")
        w("Before each run the script waited (at most %.0f s) for the CPUs to be %.0f%% idle; idle "
          "fraction seen at the start of the runs: median %.0f%%, lowest %.0f%%; %d of %d runs "
          "started on a busier machine."
          % (opts.max_wait, 100 * opts.wait_idle, 100 * statistics.median(idles), 100 * min(idles),
             sum(1 for i in idles if i < opts.wait_idle), len(idles)))
    w("")

    # Summary first.
    w("## Summary (geometric mean over the workloads)")
    w("")
    w("Speedups from the median times, and in parentheses from the best (minimum) times, "
      "which are less affected by other load on the machine.")
    w("")
    head = "| interpreter | " + " | ".join("speedup %d threads" % T for T in multi) \
        + " | total s, 1 thread | 1-thread time / CPython's |"
    w(head)
    w("|---|" + "---:|" * (len(multi) + 2))
    for label in labels:
        cells = ["%s (%s)" % (fmt_x(geomean([speedup(label, n, T) or 0 for n in names])),
                              fmt_x(geomean([speedup_best(label, n, T) or 0 for n in names])))
                 for T in multi]
        t1 = [med(label, n, 1) for n in names]
        total = sum(x for x in t1 if x is not None) if all(x is not None for x in t1) else None
        ratio = geomean([(med(label, n, 1) or 0) / (med("CPython", n, 1) or float("inf")) for n in names]) \
            if "CPython" in labels else float("nan")
        w("| %s | %s | %s | %s |" % (label, " | ".join(cells), fmt_s(total),
                                     "—" if ratio != ratio else "%.2f" % ratio))
    w("")

    w("## Per workload")
    w("")
    for name in names:
        size = workloads.WORKLOADS[name][2] if opts.quick else workloads.WORKLOADS[name][1]
        if opts.scale is not None and not opts.quick:
            size = workloads.scaled_size(name, opts.scale)
        w("### %s — %s (size %d)" % (name, workloads.WORKLOADS[name][3], size))
        w("")
        w("| interpreter | " + " | ".join("%d thread%s s" % (T, "" if T == 1 else "s") for T in counts)
          + "".join(" | speedup %d" % T for T in multi) + " | runs (s) |")
        w("|---|" + "---:|" * (len(counts) + len(multi)) + "---|")
        for label in labels:
            cells = [fmt_s(med(label, name, T)) for T in counts]
            cells += [fmt_x(speedup(label, name, T)) for T in multi]
            runs = "; ".join("T%d: %s" % (T, " ".join("%.3f" % x for x in times.get((label, name, T), [])))
                             for T in counts)
            w("| %s | %s | %s |" % (label, " | ".join(cells), runs))
        w("")
        cs = {l: sums.get((l, name), set()) for l in labels}
        allsums = set()
        for s in cs.values():
            allsums |= s
        if len(allsums) == 1:
            w("Checksum %d (same for every interpreter and thread count)." % allsums.pop())
        else:
            w("**Checksums differ:** " + "; ".join("%s: %s" % (l, sorted(s)) for l, s in cs.items()))
        for label in labels:
            if (label, name) in errors:
                w("")
                w("**%s failed:**" % label)
                w("")
                w("```")
                w(errors[(label, name)])
                w("```")
        w("")

    text = "\n".join(lines)
    os.makedirs(os.path.dirname(os.path.abspath(opts.out)), exist_ok=True)
    with open(opts.out, "w") as f:
        f.write(text)
    print(text)
    print("\nwrote %s" % opts.out, file=sys.stderr)
    allsums = {}
    for (label, name), s in sums.items():
        allsums.setdefault(name, set()).update(s)
    bad = bool(errors) or bool(failures) or any(len(s) > 1 for s in allsums.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
