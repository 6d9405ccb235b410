"""Benchmark programs as differential tests: each program in bench/programs
runs at its smallest size (the `SMALL = N` line in its source) under python3
(the oracle) and under Grail; stdout (the checksum), the last line of stderr
and the exit status must match.

Standalone: GRAIL=path/to/grail python3 tests/bench_tests.py [-v] [name ...]
(default binary .build/release/grail); prints PASS/FAIL per program."""
import concurrent.futures
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS_DIR = os.path.join(ROOT, "bench", "programs")
TIMEOUT = float(os.environ.get("GRAIL_BENCH_TIMEOUT", "60"))


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


def run(cmd, env):
    try:
        p = subprocess.run(cmd, cwd=PROGRAMS_DIR, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=TIMEOUT, env=env)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return "timeout", e.stdout or b"", e.stderr or b""


def last_line(err):
    lines = [l for l in err.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1] if lines else ""


def compare(name, argv, grail, env):
    """(name, ok, reason) for one program."""
    r1 = run(["python3"] + argv, env)
    r2 = run([grail] + argv, env)
    problems = []
    if r1[0] != r2[0]:
        problems.append("exit status %r (python3) vs %r (grail)" % (r1[0], r2[0]))
    if r1[1] != r2[1]:
        a = r1[1].decode("utf-8", "replace").splitlines()
        b = r2[1].decode("utf-8", "replace").splitlines()
        i = 0
        while i < min(len(a), len(b)) and a[i] == b[i]:
            i += 1
        ea = a[i] if i < len(a) else "<end>"
        eb = b[i] if i < len(b) else "<end>"
        problems.append("stdout line %d: %r vs %r" % (i + 1, ea[:160], eb[:160]))
    l1, l2 = last_line(r1[2]), last_line(r2[2])
    if l1 != l2:
        problems.append("stderr last line %r vs %r" % (l1[:200], l2[:200]))
    return name, not problems, "; ".join(problems)


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
