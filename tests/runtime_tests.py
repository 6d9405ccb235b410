"""Differential runtime tests: every program under tests/runtime runs under
python3 (the oracle) and under Grail; stdout, the last line of stderr and the
exit status must match. A directory containing main.py is one multi-file test
(run from inside that directory)."""
import concurrent.futures
import os
import subprocess

RUNTIME_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "runtime")
TIMEOUT = float(os.environ.get("GRAIL_RUNTIME_TIMEOUT", "60"))


def discover():
    """(name, script path, cwd) for each test program."""
    out = []
    if not os.path.isdir(RUNTIME_DIR):
        return out
    for dirpath, dirnames, filenames in os.walk(RUNTIME_DIR):
        dirnames.sort()
        if os.path.basename(os.path.dirname(dirpath)) == "imports":
            if "main.py" in filenames:
                out.append(("runtime:" + os.path.relpath(dirpath, RUNTIME_DIR), os.path.join(dirpath, "main.py"), dirpath))
            dirnames[:] = []
            continue
        for f in sorted(filenames):
            if f.endswith(".py"):
                p = os.path.join(dirpath, f)
                out.append(("runtime:" + os.path.relpath(p, RUNTIME_DIR)[:-3], p, dirpath))
    return out


def run(cmd, cwd, env):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=TIMEOUT, env=env)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return "timeout", e.stdout or b"", e.stderr or b""


def last_line(err):
    lines = [l for l in err.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1] if lines else ""


def compare(name, script, cwd, grail, env, genv=None, gargs=(), args=()):
    """(name, ok, reason): `script` (run from `cwd` with program arguments
    `args`) under python3 and under Grail (with interpreter options `gargs`)."""
    base = os.path.basename(script)
    r1 = run(["python3", base] + list(args), cwd, env)
    r2 = run([grail] + list(gargs) + [base] + list(args), cwd, genv or env)
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


def check_cycles_memory(suite, grail, env):
    """10x fewer than the issue's 10M objects to keep CI short; the full-size
    figure is reported in the issue notes."""
    import resource
    name = "runtime:memory/cycles_bounded"
    if not suite.selected(name):
        return
    script = os.path.join(os.path.dirname(RUNTIME_DIR), "memory", "cycles.py")
    # A fresh python3 whose only child is grail reports that child's peak RSS.
    probe = ("import resource, subprocess, sys\n"
             "r = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE)\n"
             "sys.stdout.write('%d %d %s' % (r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.stdout.decode().strip()))\n")
    r = run(["python3", "-c", probe, grail, script, "1000000"], os.path.dirname(script), env)
    parts = r[1].decode("utf-8", "replace").split(" ", 2)
    try:
        rc, peak_kb, out = int(parts[0]), int(parts[1]), parts[2] if len(parts) > 2 else ""
    except (ValueError, IndexError):
        rc, peak_kb, out = -1, 0, r[1][:80]
    ok = rc == 0 and out == "done 1000000" and peak_kb < 512 * 1024
    r = (rc, out)
    suite.record(name, ok, "exit %r, stdout %r, peak RSS %d KiB (limit 512 MiB)" % (r[0], r[1][:60], peak_kb))


def group_runtime(suite, grail, jobs, env, gc_stress=False, gil=False):
    """gc_stress: run Grail with GRAIL_GC_STRESS=1 (a tiny heap collected very
    often), so any reference the conservative collector cannot see shows up as
    a crash or a wrong result; test names get the prefix 'gcstress:'.
    gil: run the threading programs (tests/runtime/threads*) again under
    `grail -X gil=1`; test names get the prefix 'gil:'."""
    tests = discover()
    genv = None
    gargs = ()
    if gil:
        tests = [("gil:" + n[len("runtime:"):], s, c) for n, s, c in tests if n.startswith("runtime:threads")]
        gargs = ("-X", "gil=1")
    if gc_stress:
        tests = [("gcstress:" + n[len("runtime:"):], s, c) for n, s, c in tests]
        genv = dict(env)
        genv["GRAIL_GC_STRESS"] = "1"
    tests = [t for t in tests if suite.selected(t[0])]
    before = suite.passed
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futs = [pool.submit(compare, n, s, c, grail, env, genv, gargs) for n, s, c in tests]
        for f in futs:
            name, ok, why = f.result()
            suite.record(name, ok, why)
    if gil:
        line = "gil (threading programs under grail -X gil=1): %d/%d" % (suite.passed - before, len(tests))
    elif gc_stress:
        line = "gcstress (runtime programs, collector every ~100 KiB): %d/%d" % (suite.passed - before, len(tests))
    else:
        check_cycles_memory(suite, grail, env)
        line = "runtime (python3 vs grail programs): %d/%d" % (suite.passed - before, len(tests) + 1)
    suite.summaries.append(line)
    print(line, flush=True)
