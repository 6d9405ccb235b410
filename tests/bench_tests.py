"""Benchmark programs as differential tests: each program in bench/programs
runs at its smallest size (the `SMALL = N` line in its source) under python3
(the oracle) and under Grail; stdout (the checksum), the last line of stderr
and the exit status must match.

Standalone: GRAIL=path/to/grail python3 tests/bench_tests.py [-v] [name ...]
(the per-program timeout is the runtime group's: GRAIL_RUNTIME_TIMEOUT, 60 s)
(default binary .build/release/grail); prints PASS/FAIL per program."""
import concurrent.futures
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import runtime_tests  # noqa: E402  (the shared python3-vs-Grail comparison)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS_DIR = os.path.join(ROOT, "bench", "programs")


def small_size(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^SMALL\s*=\s*(\d+)\s*$", line)
            if m:
                return m.group(1)
    return None


def discover():
    """(name, argv) for each benchmark program at its smallest size; argv is
    relative to bench/programs (the directory the programs run in)."""
    out = []
    if not os.path.isdir(PROGRAMS_DIR):
        return out
    for f in sorted(os.listdir(PROGRAMS_DIR)):
        if f.endswith(".py") and not f.startswith("_"):
            size = small_size(os.path.join(PROGRAMS_DIR, f))
            argv = [f] + ([size] if size is not None else [])
            out.append(("bench:" + f[:-3], argv))
    return out


def compare(name, argv, grail, env):
    """(name, ok, reason) for one program (the runtime group's comparison)."""
    return runtime_tests.compare(name, argv[0], PROGRAMS_DIR, grail, env, args=argv[1:])


def group_bench(suite, grail, jobs, env):
    """The 'bench' group for tests/run_tests.py (same Suite interface as the
    runtime group: suite.selected, suite.record, suite.passed, suite.summaries)."""
    tests = [t for t in discover() if suite.selected(t[0])]
    before = suite.passed
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futs = [pool.submit(compare, n, a, grail, env) for n, a in tests]
        for f in futs:
            name, ok, why = f.result()
            suite.record(name, ok, why)
    line = "bench (benchmark programs, small sizes, python3 vs grail): %d/%d" % (suite.passed - before, len(tests))
    suite.summaries.append(line)
    print(line, flush=True)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    grail = os.path.abspath(os.environ.get("GRAIL", os.path.join(ROOT, ".build", "release", "grail")))
    if not os.path.exists(grail):
        print("Grail binary not found: %s (set GRAIL=...)" % grail)
        return 2
    tests = [t for t in discover() if not names or t[0][len("bench:"):] in names or t[0] in names]
    env = dict(os.environ)
    jobs = int(os.environ.get("JOBS", str(min(2, os.cpu_count() or 1))))
    passed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futs = [pool.submit(compare, n, a, grail, env) for n, a in tests]
        for (n, a), f in zip(tests, futs):
            name, ok, why = f.result()
            if ok:
                passed += 1
                print("PASS %s%s" % (name, (" (%s)" % " ".join(a)) if verbose else ""), flush=True)
            else:
                print("FAIL %s: %s" % (name, why), flush=True)
    print("bench: %d/%d passed" % (passed, len(tests)))
    return 0 if passed == len(tests) else 1


if __name__ == "__main__":
    sys.exit(main())
