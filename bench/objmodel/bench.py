#!/usr/bin/env python3
"""Driver for objbench: runs every configuration 1 vs 2 threads, only on a quiet machine,
and prints Markdown tables.

Quiet-machine rule (other engineers share this 2-core box):
  * before every run: 1-minute load average < LOAD_MAX *and* a 2-second /proc/stat sample
    shows < IDLE_MAX_BUSY cores busy; otherwise wait (5 s, then 60 s steps) and retry;
  * after every run: CPU time used by *other* processes during the run (busy jiffies from
    /proc/stat minus the run's own rusage) must be < FOREIGN_MAX of the machine; otherwise
    the run is discarded and repeated.
Runs of 1 and 2 threads are interleaved so that slow drifts hit both alike.
Design D runs in its own executable (objbench-d: Boehm installed as malloc for the whole process).
--ungated skips the quiet-machine rule (the tables are then marked as measured on a busy machine);
--quiet-timeout S gives up waiting after S seconds (exit status 3) instead of waiting forever.
"""
import argparse, json, os, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.path.join(HERE, ".build", "release", "objbench")
BIN_D = os.path.join(HERE, ".build", "release", "objbench-d")
NCPU = os.cpu_count() or 2
HZ = os.sysconf("SC_CLK_TCK")
LOAD_MAX = 0.6
IDLE_MAX_BUSY = 0.10      # cores busy in the pre-run sample
FOREIGN_MAX = 0.03        # share of machine CPU used by others during a run

def cpu_jiffies():
    with open("/proc/stat") as f:
        parts = f.readline().split()[1:]
    v = list(map(int, parts))
    idle = v[3] + v[4]
    steal = v[7] if len(v) > 7 else 0
    return sum(v[:8]) - idle - steal, steal, sum(v[:8])

def load1():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])

UNGATED = False
QUIET_TIMEOUT = 0  # seconds; 0 = wait forever

class NotQuiet(Exception):
    pass

def wait_quiet(log):
    if UNGATED:
        return load1()
    waited = 0.0
    while True:
        la = load1()
        b0, _, _ = cpu_jiffies()
        time.sleep(2.0)
        b1, _, _ = cpu_jiffies()
        busy = (b1 - b0) / HZ / 2.0
        if la < LOAD_MAX and busy < IDLE_MAX_BUSY:
            return la
        step = 5 if busy < IDLE_MAX_BUSY else 60
        if QUIET_TIMEOUT and waited >= QUIET_TIMEOUT:
            raise NotQuiet(f"machine not quiet within {QUIET_TIMEOUT} s (load1={la:.2f}, busy={busy:.2f} cores)")
        if waited == 0 or int(waited) % 120 < step:
            log(f"  machine busy (load1={la:.2f}, busy={busy:.2f} cores): waiting")
        time.sleep(step)
        waited += step + 2

def run_once(args):
    env = dict(os.environ)
    for a in [a for a in args if a.startswith("ENV:")]:
        k, v = a[4:].split("=", 1)
        env[k] = os.path.join(HERE, v) if k == "LD_LIBRARY_PATH" else v
    args = [a for a in args if not a.startswith("ENV:")]
    b0, s0, t0 = cpu_jiffies()
    design = args[args.index("--design") + 1] if "--design" in args else ""
    binary = BIN_D if design.startswith("D") else BIN
    p = subprocess.Popen([binary] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    _, status, ru = os.wait4(p.pid, 0)
    out = p.stdout.read(); err = p.stderr.read()
    b1, s1, t1 = cpu_jiffies()
    if status != 0:
        raise RuntimeError(f"objbench {' '.join(args)} failed: {err[-2000:]}")
    rec = dict(kv.split("=", 1) for kv in out.split())
    own = ru.ru_utime + ru.ru_stime
    total = (t1 - t0) / HZ
    foreign = max(0.0, (b1 - b0) / HZ - own)
    rec["foreign_share"] = foreign / total if total > 0 else 0.0
    rec["steal_share"] = (s1 - s0) / HZ / total if total > 0 else 0.0
    rec["cpu_s"] = own
    return rec

# label, design, workload, extra args
MAIN = [(d, d, w, []) for w in ("call", "read", "alloc") for d in ("A", "B", "C", "D")] + [
    ("B heap=256M", "B", "alloc", ["--heap", "256"]),
]
VALUES = [(d, d, w, []) for w in ("call", "read", "alloc") for d in ("Bn", "Cn")]
GCTUNE = [
    ("B heap=default", "B", "alloc", []),
    ("B heap=default fsd=1", "B", "alloc", ["--fsd", "1"]),
    ("B heap=64M", "B", "alloc", ["--heap", "64"]),
    ("B heap=128M", "B", "alloc", ["--heap", "128"]),
    ("B heap=256M", "B", "alloc", ["--heap", "256"]),
    ("B heap=512M", "B", "alloc", ["--heap", "512"]),
    ("B heap=256M markers=1", "B", "alloc", ["--heap", "256", "--markers", "1"]),
    ("B heap=256M interior=0", "B", "alloc", ["--heap", "256", "--interior", "0"]),
    ("B heap=256M background=0", "B", "alloc", ["--heap", "256", "--background", "0"]),
    ("B default heap background=0", "B", "alloc", ["--background", "0"]),
    ("B incremental (generational)", "B", "alloc", ["--incremental", "1"]),
    ("Bm (GC_malloc) heap=default", "Bm", "alloc", []),
    ("Bm (GC_malloc) heap=256M", "Bm", "alloc", ["--heap", "256"]),
]
ANCHOR = [
    ("A (Swift class)", "A", "rawalloc", ["--background", "0"]),
    ("Bm GC_malloc, default heap", "Bm", "rawalloc", ["--background", "0"]),
    ("Bm GC_malloc, heap=512M", "Bm", "rawalloc", ["--background", "0", "--heap", "512"]),
    ("B GC_malloc_many, default heap", "B", "rawalloc", ["--background", "0"]),
    ("B GC_malloc_many, heap=32M", "B", "rawalloc", ["--background", "0", "--heap", "32"]),
    ("B GC_malloc_many, heap=512M", "B", "rawalloc", ["--background", "0", "--heap", "512"]),
    ("C malloc/free", "C", "rawalloc", ["--background", "0"]),
]
# Needs out-of-tree Boehm 8.2.2 builds with 4 KiB and 16 KiB blocks in .build/libgc-4k, .build/libgc-16k.
BLOCKS = [
    ("B libgc 8.2.2 own build, 4K blocks, default heap", "B", "alloc", ["ENV:LD_LIBRARY_PATH=.build/libgc-4k"]),
    ("B libgc 8.2.2 own build, 16K blocks, default heap", "B", "alloc", ["ENV:LD_LIBRARY_PATH=.build/libgc-16k"]),
    ("B libgc 8.2.2 own build, 4K blocks, heap=256M", "B", "alloc", ["--heap", "256", "ENV:LD_LIBRARY_PATH=.build/libgc-4k"]),
    ("B libgc 8.2.2 own build, 16K blocks, heap=256M", "B", "alloc", ["--heap", "256", "ENV:LD_LIBRARY_PATH=.build/libgc-16k"]),
    ("B libgc 8.2.2 own build, 16K blocks, heap=64M", "B", "alloc", ["--heap", "64", "ENV:LD_LIBRARY_PATH=.build/libgc-16k"]),
    ("B libgc 8.2.2 own build, 16K blocks, heap=128M", "B", "alloc", ["--heap", "128", "ENV:LD_LIBRARY_PATH=.build/libgc-16k"]),
    ("B rawalloc, 4K blocks, heap=512M", "B", "rawalloc", ["--background", "0", "--heap", "512", "ENV:LD_LIBRARY_PATH=.build/libgc-4k"]),
    ("B rawalloc, 16K blocks, heap=512M", "B", "rawalloc", ["--background", "0", "--heap", "512", "ENV:LD_LIBRARY_PATH=.build/libgc-16k"]),
]
# The 16 KiB-block configuration on all three workloads (needs the out-of-tree build).
REC = [("B, 16K-block Boehm, heap=256M", "B", w, ["--heap", "256", "ENV:LD_LIBRARY_PATH=.build/libgc-16k"])
       for w in ("call", "read", "alloc")]
# Design D (what the runtime uses: Swift classes made ARC-immortal, Boehm as the process
# allocator), next to A, plus a diagnostic with the shared objects' Swift array buffers immortal too.
IMMORTAL = [(d, d, w, []) for w in ("call", "read", "alloc") for d in ("A", "D")] + [
    ("D, array buffers immortal too", "D", w, ["--immortal-storage", "1"]) for w in ("call", "read", "alloc")
]
SUITES = {"main": MAIN, "immortal": IMMORTAL, "values": VALUES, "gctune": GCTUNE, "anchor": ANCHOR, "blocks": BLOCKS, "rec": REC}

def measure(configs, reps, iters, log, out):
    results = []
    for label, design, workload, extra in configs:
        libs = [a.split("=", 1)[1] for a in extra if a.startswith("ENV:LD_LIBRARY_PATH=")]
        if libs and not os.path.exists(os.path.join(HERE, libs[0], "libgc.so.1")):
            log(f"  skipped {label}: {libs[0]}/libgc.so.1 missing (out-of-tree Boehm build not present)")
            continue
        rec = {"label": label, "design": design, "workload": workload, "extra": extra, "runs": {1: [], 2: []}}
        for rep in range(reps):
            for threads in (1, 2):
                args = ["--design", design, "--workload", workload, "--threads", str(threads)] + extra
                if iters and workload != "rawalloc":
                    args += ["--iters", str(iters)]
                for attempt in range(20):
                    la = wait_quiet(log)
                    r = run_once(args)
                    r["load1_before"] = la
                    if UNGATED or r["foreign_share"] < FOREIGN_MAX:
                        break
                    log(f"  discarded {label} t={threads}: other processes used "
                        f"{100 * r['foreign_share']:.1f}% of the CPU during the run")
                else:
                    raise SystemExit("machine never quiet enough")
                rec["runs"][threads].append(r)
                out.write(json.dumps({"label": label, **r}) + "\n"); out.flush()
        t1 = [float(r["ns_per_iter"]) for r in rec["runs"][1]]
        t2 = [float(r["ns_per_iter"]) for r in rec["runs"][2]]
        rec["t1_med"], rec["t1_min"] = statistics.median(t1), min(t1)
        rec["t2_med"], rec["t2_min"] = statistics.median(t2), min(t2)
        rec["speedup_med"] = 2 * rec["t1_med"] / rec["t2_med"]
        rec["speedup_min"] = 2 * rec["t1_min"] / rec["t2_min"]
        rec["rss1"] = max(int(r["maxrss_kib"]) for r in rec["runs"][1]) / 1024
        rec["rss2"] = max(int(r["maxrss_kib"]) for r in rec["runs"][2]) / 1024
        rec["foreign_med"] = statistics.median(r["foreign_share"] for r in rec["runs"][1] + rec["runs"][2])
        g1 = [r for r in rec["runs"][1] if "gcs" in r]
        g2 = [r for r in rec["runs"][2] if "gcs" in r]
        if g1:
            rec["gc1"] = (statistics.median(int(r["gcs"]) for r in g1), statistics.median(int(r["gcms"]) for r in g1))
            rec["gc2"] = (statistics.median(int(r["gcs"]) for r in g2), statistics.median(int(r["gcms"]) for r in g2))
            rec["heap"] = max(int(r["heapMiB"]) for r in g1 + g2)
        log(f"  {label:32s} {workload:8s} t1 {rec['t1_med']:8.1f} ns  t2 {rec['t2_med']:8.1f} ns  "
            f"speedup {rec['speedup_med']:.2f}x (best {rec['speedup_min']:.2f}x)"
            + (f"  [others used {100 * rec['foreign_med']:.0f}% of the CPU]" if UNGATED else ""))
        results.append(rec)
    return results

def table(results, base=None):
    lines = ["| workload | design | 1 thread ns/iter median (min) | 2 threads ns/iter median (min) | speedup 2·t1/t2 median (from mins) | 1-thread cost vs A | peak RSS 1T / 2T MiB | GCs, GC ms 1T / 2T |"
             + (" others' CPU share |" if UNGATED else ""),
             "|---|---|---|---|---|---|---|---|" + ("---|" if UNGATED else "")]
    for r in results:
        rel = ""
        if base is not None and (r["workload"]) in base:
            rel = f"{r['t1_med'] / base[r['workload']]:.2f}x"
        gc = ""
        if "gc1" in r:
            gc = f"{r['gc1'][0]:.0f}, {r['gc1'][1]:.0f} / {r['gc2'][0]:.0f}, {r['gc2'][1]:.0f} (heap {r['heap']} MiB)"
        lines.append(f"| {r['workload']} | {r['label']} | {r['t1_med']:.1f} ({r['t1_min']:.1f}) | {r['t2_med']:.1f} ({r['t2_min']:.1f}) | "
                     f"**{r['speedup_med']:.2f}x** ({r['speedup_min']:.2f}x) | {rel} | {r['rss1']:.0f} / {r['rss2']:.0f} | {gc} |"
                     + (f" {100 * r['foreign_med']:.0f}% |" if UNGATED else ""))
    return "\n".join(lines)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--suites", default="main,immortal,values,gctune,anchor,blocks,rec")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--iters", type=int, default=0, help="override per-thread iterations")
    ap.add_argument("--out", default=os.path.join(HERE, ".build", "results.jsonl"))
    ap.add_argument("--ungated", action="store_true", help="measure without waiting for a quiet machine (tables are marked)")
    ap.add_argument("--quiet-timeout", type=float, default=0, help="give up (exit 3) after waiting this many seconds for quiet")
    a = ap.parse_args()
    global UNGATED, QUIET_TIMEOUT
    UNGATED, QUIET_TIMEOUT = a.ungated, a.quiet_timeout
    log = lambda s: print(s, file=sys.stderr, flush=True)
    baseline = {}
    with open(a.out, "a") as out:
        for suite in a.suites.split(","):
            log(f"== suite {suite}")
            try:
                res = measure(SUITES[suite], a.reps, a.iters, log, out)
            except NotQuiet as e:
                log(f"  {e}; rerun with --ungated for a (marked) measurement on a busy machine")
                sys.exit(3)
            for r in res:
                if r["design"] == "A" and r["workload"] not in baseline:
                    baseline[r["workload"]] = r["t1_med"]
            print(f"\n### {suite}\n")
            if UNGATED:
                print("**UNGATED: measured on a busy machine; other processes competed for the CPU "
                      "(last column), so times and speedups are unreliable.**\n")
            print(table(res, baseline))
            sys.stdout.flush()

if __name__ == "__main__":
    main()
