#!/usr/bin/env python3
"""Benchmark runner for the programs in bench/programs (issue 5).

Timing mode (default): every program runs under Grail, CPython (python3) and
PyPy (pypy3, when it is on PATH), interleaved round-robin (run 1 of each
interpreter, then run 2 of each, ...). For each interpreter the median wall
time of -n runs and the peak RSS (ru_maxrss from os.wait4) are kept; every
interpreter's stdout must equal python3's (the checksum). Writes
bench/results/RESULTS.md, chart.svg (Grail/CPython ratios, log scale) and
results.json (all raw runs).

Instruction-count mode (--callgrind): runs each program at its small size
under `valgrind --tool=callgrind` for Grail (a stripped copy: valgrind 3.19
cannot read Swift 6's DWARF 5) and python3, and reports the instruction
counts (Ir), also net of interpreter start-up (an empty script).

Programs declare their sizes in their source: `DEFAULT = N` (sized so that
CPython takes about 0.5-2 s) and `SMALL = N` (smoke tests). The size is passed
as argv[1].

Uses only the standard library.
"""
import argparse
import datetime
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
RESULTS = os.path.join(HERE, "results")


# ----------------------------------------------------------------------------
# programs

def program_sizes(path):
    """{'DEFAULT': n, 'SMALL': n} parsed from the program's source."""
    sizes = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^(DEFAULT|SMALL)\s*=\s*(\d+)\s*$", line)
            if m:
                sizes[m.group(1)] = int(m.group(2))
    return sizes


def discover(only=None):
    """[(name, path, sizes)] sorted by name."""
    out = []
    for f in sorted(os.listdir(PROGRAMS)):
        if not f.endswith(".py") or f.startswith("_"):
            continue
        name = f[:-3]
        if only and name not in only:
            continue
        path = os.path.join(PROGRAMS, f)
        sizes = program_sizes(path)
        if "DEFAULT" not in sizes or "SMALL" not in sizes:
            sys.exit("%s: missing DEFAULT/SMALL size" % path)
        out.append((name, path, sizes))
    if only:
        missing = set(only) - {n for n, _, _ in out}
        if missing:
            sys.exit("unknown program(s): %s" % ", ".join(sorted(missing)))
    return out


# ----------------------------------------------------------------------------
# interpreters

def real_python3():
    """The python3 binary itself (pyenv shims are shell scripts: they would
    add start-up time and hide the interpreter from valgrind)."""
    exe = shutil.which("python3")
    if exe is None:
        sys.exit("python3 not found on PATH")
    try:
        r = subprocess.run([exe, "-c", "import sys; print(sys.executable)"],
                           stdout=subprocess.PIPE, check=True, timeout=60)
        real = r.stdout.decode().strip()
        if real:
            return real
    except (subprocess.SubprocessError, OSError):
        pass
    return exe


def version_of(cmd):
    try:
        r = subprocess.run(cmd + ["-c", "import sys; print(sys.version.replace(chr(10), ' '))"],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
        return r.stdout.decode("utf-8", "replace").strip().splitlines()[-1] if r.stdout else "?"
    except (subprocess.SubprocessError, OSError, IndexError):
        return "?"


class Interp:
    def __init__(self, key, label, argv):
        self.key = key        # 'grail', 'cpython', 'pypy'
        self.label = label
        self.argv = argv


# ----------------------------------------------------------------------------
# running one process

class RunResult:
    def __init__(self, rc, wall, maxrss_kb, stdout, stderr):
        self.rc = rc
        self.wall = wall
        self.maxrss_kb = maxrss_kb
        self.stdout = stdout
        self.stderr = stderr

    @property
    def ok(self):
        return self.rc == 0

    def error_line(self):
        lines = [l for l in self.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        if self.rc == "timeout":
            return "timeout"
        for l in lines:
            if "Program crashed" in l or "Fatal error" in l:
                return l.strip()
        return lines[-1].strip() if lines else "exit status %r" % self.rc


# A tiny launcher (python3 -I -S, about 8 MiB) forks and execs the program and
# reports os.wait4's wall time, exit status and ru_maxrss. Linux carries the
# forking process's peak RSS over into the child's ru_maxrss (exec records the
# old address space's high-water mark), so forking straight from this runner
# (~17 MiB) would put a floor under every figure; the launcher's floor is below
# any interpreter's own start-up RSS.
LAUNCHER = r"""
import os, sys, time
fd = int(sys.argv[1])
argv = sys.argv[2:]
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execv(argv[0], argv)
    except OSError as e:
        os.write(2, ("cannot run %s: %s\n" % (argv[0], e)).encode())
    os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - t0
os.write(fd, ("%d %r %d" % (os.waitstatus_to_exitcode(status), wall, usage.ru_maxrss)).encode())
"""


def run_measured(argv, cwd, timeout, launcher_python):
    """Run argv through the launcher; return wall time, peak RSS (KiB) and
    output. stdout and stderr go to temporary files, so nothing is read while
    the clock runs."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        rfd, wfd = os.pipe()
        try:
            p = subprocess.Popen([launcher_python, "-I", "-S", "-c", LAUNCHER, str(wfd)] + argv,
                                 cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                 pass_fds=(wfd,), start_new_session=True)
        finally:
            os.close(wfd)
        killed = []

        def kill():
            killed.append(True)
            try:
                os.killpg(p.pid, 9)
            except OSError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            report = b""
            while True:
                chunk = os.read(rfd, 4096)
                if not chunk:
                    break
                report += chunk
            p.wait()
        finally:
            timer.cancel()
            os.close(rfd)
        out.seek(0)
        err.seek(0)
        try:
            rc_s, wall_s, rss_s = report.decode().split()
            rc, wall, rss = int(rc_s), float(wall_s), int(rss_s)
        except ValueError:
            rc, wall, rss = (p.returncode if p.returncode else -1), 0.0, 0
        if killed:
            rc = "timeout"
        return RunResult(rc, wall, rss, out.read(), err.read())


# ----------------------------------------------------------------------------
# timing mode

def machine_info(interps):
    info = {}
    info["date"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    u = platform.uname()
    info["system"] = "%s %s %s" % (u.system, u.release, u.machine)
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    info["cpu"] = "%s (%d logical CPUs)" % (cpu, os.cpu_count() or 0)
    try:
        with open("/proc/meminfo") as fh:
            kb = int(fh.readline().split()[1])
        info["memory"] = "%.1f GiB" % (kb / 1048576.0)
    except (OSError, ValueError, IndexError):
        info["memory"] = "?"
    try:
        info["load"] = "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        info["load"] = "?"
    for it in interps:
        if it.key == "grail":
            p = it.argv[0]
            try:
                st = os.stat(p)
                info["grail"] = "%s (%.1f MB, built %s)" % (p, st.st_size / 1e6, datetime.datetime.fromtimestamp(
                    st.st_mtime, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
            except OSError:
                info["grail"] = p
        else:
            info[it.key] = "%s: %s" % (it.argv[0], version_of(it.argv))
    return info


def median(xs):
    return statistics.median(xs) if xs else None


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def run_timing(args, interps, programs):
    records = []
    for name, path, sizes in programs:
        size = sizes["SMALL"] if args.size == "small" else sizes["DEFAULT"]
        argv_tail = [os.path.basename(path), str(size)]
        runs = {it.key: [] for it in interps}
        for i in range(args.n):
            for it in interps:
                r = run_measured(it.argv + argv_tail, PROGRAMS, args.timeout, args.python)
                runs[it.key].append(r)
                print("  %-16s run %d/%d %-8s %8.3fs %7.1f MiB%s" % (
                    name, i + 1, args.n, it.key, r.wall, r.maxrss_kb / 1024.0,
                    "" if r.ok else "  FAILED: " + r.error_line()), flush=True)
        ref = runs["cpython"][0]
        rec = {"name": name, "size": size, "interps": {}}
        for it in interps:
            rs = runs[it.key]
            good = [r for r in rs if r.ok and r.stdout == ref.stdout]
            entry = {
                "times": [round(r.wall, 4) for r in rs],
                "rss_kb": [r.maxrss_kb for r in rs],
                "ok": ref.ok and len(good) == len(rs),
            }
            if entry["ok"]:
                entry["median"] = median([r.wall for r in rs])
                entry["rss_median_kb"] = median([r.maxrss_kb for r in rs])
            else:
                bad = next(r for r in rs if not (r.ok and r.stdout == ref.stdout))
                if not bad.ok:
                    entry["error"] = bad.error_line()
                else:
                    a = ref.stdout.decode("utf-8", "replace").splitlines()
                    b = bad.stdout.decode("utf-8", "replace").splitlines()
                    k = 0
                    while k < min(len(a), len(b)) and a[k] == b[k]:
                        k += 1
                    entry["error"] = "checksum differs at line %d: %r vs %r" % (
                        k + 1, a[k] if k < len(a) else "<end>", b[k] if k < len(b) else "<end>")
            rec["interps"][it.key] = entry
        records.append(rec)
        summary = ["%s %s" % (k, ("%.3fs" % v["median"]) if v["ok"] else "FAIL") for k, v in rec["interps"].items()]
        print("%-16s %s" % (name, "  ".join(summary)), flush=True)
    return records


def ratio(rec, key, field="median"):
    a = rec["interps"].get(key)
    c = rec["interps"].get("cpython")
    if not a or not c or not a.get("ok") or not c.get("ok"):
        return None
    if field == "median":
        return a["median"] / c["median"] if c["median"] > 0 else None
    return a["rss_median_kb"] / c["rss_median_kb"] if c["rss_median_kb"] > 0 else None


def fmt(x, f="%.3f"):
    return "-" if x is None else f % x


def write_markdown(path, records, info, args, interps):
    keys = [it.key for it in interps]
    has_pypy = "pypy" in keys
    lines = []
    lines.append("# Grail benchmark results")
    lines.append("")
    lines.append("Generated by `bench/run.py` (%s sizes, median of %d interleaved runs)." % (args.size, args.n))
    lines.append("Times are wall-clock seconds, RSS is the peak resident set size (MiB) of the process;")
    lines.append("a ratio above 1 means slower (or bigger) than CPython. A program whose output differs")
    lines.append("from python3's (the checksum) or that fails counts as FAIL and is left out of the means.")
    lines.append("")
    hdr = ["program", "size", "CPython s", "Grail s", "Grail/CPython"]
    if has_pypy:
        hdr += ["PyPy s", "PyPy/CPython"]
    hdr += ["CPython MiB", "Grail MiB", "Grail/CPython RSS"]
    if has_pypy:
        hdr += ["PyPy MiB", "PyPy/CPython RSS"]
    lines.append("| " + " | ".join(hdr) + " |")
    lines.append("|" + "|".join(["---"] + ["---:"] * (len(hdr) - 1)) + "|")

    def t(rec, k):
        e = rec["interps"].get(k)
        if e is None:
            return "-"
        return "%.3f" % e["median"] if e["ok"] else "FAIL"

    def m(rec, k):
        e = rec["interps"].get(k)
        if e is None or not e["ok"]:
            return "-"
        return "%.1f" % (e["rss_median_kb"] / 1024.0)

    cols = {"g": [], "p": [], "gr": [], "pr": []}
    for rec in records:
        g, p = ratio(rec, "grail"), ratio(rec, "pypy")
        gr, pr = ratio(rec, "grail", "rss"), ratio(rec, "pypy", "rss")
        for k, v in (("g", g), ("p", p), ("gr", gr), ("pr", pr)):
            cols[k].append(v)
        row = [rec["name"], str(rec["size"]), t(rec, "cpython"), t(rec, "grail"), fmt(g, "%.2f")]
        if has_pypy:
            row += [t(rec, "pypy"), fmt(p, "%.2f")]
        row += [m(rec, "cpython"), m(rec, "grail"), fmt(gr, "%.2f")]
        if has_pypy:
            row += [m(rec, "pypy"), fmt(pr, "%.2f")]
        lines.append("| " + " | ".join(row) + " |")
    row = ["**geometric mean**", "", "", "", "**%s**" % fmt(geomean(cols["g"]), "%.2f")]
    if has_pypy:
        row += ["", "**%s**" % fmt(geomean(cols["p"]), "%.2f")]
    row += ["", "", "**%s**" % fmt(geomean(cols["gr"]), "%.2f")]
    if has_pypy:
        row += ["", "**%s**" % fmt(geomean(cols["pr"]), "%.2f")]
    lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    n_ok = sum(1 for v in cols["g"] if v is not None)
    lines.append("Grail ran %d of %d programs correctly." % (n_ok, len(records)))
    failures = [(rec["name"], k, e["error"]) for rec in records for k, e in rec["interps"].items()
                if not e["ok"] and "error" in e]
    if failures:
        lines.append("")
        lines.append("## Failures")
        lines.append("")
        for name, k, err in failures:
            lines.append("- %s under %s: `%s`" % (name, k, err.replace("`", "'")[:300]))
    lines.append("")
    lines.append("## Machine")
    lines.append("")
    for k in ("date", "system", "cpu", "memory", "load", "grail", "cpython", "pypy"):
        if k in info:
            lines.append("- %s: %s" % (k, info[k]))
    lines.append("")
    lines.append("![Grail/CPython time ratios](%s)" % os.path.basename(args.chart_name))
    lines.append("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def svg_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_chart(path, records, title):
    """Horizontal bars of Grail/CPython (and PyPy/CPython) time ratios on a
    log10 axis, with the 1.0 (CPython) line."""
    rows = []
    for rec in records:
        rows.append((rec["name"], ratio(rec, "grail"), ratio(rec, "pypy")))
    rows.append(("geometric mean", geomean([r[1] for r in rows]), geomean([r[2] for r in rows])))
    has_pypy = any(r[2] is not None for r in rows)
    values = [v for r in rows for v in r[1:] if v is not None] or [1.0]
    lo = 10 ** math.floor(math.log10(min(min(values), 1.0) * 0.999))
    hi = 10 ** math.ceil(math.log10(max(max(values), 1.0) * 1.001))
    if hi <= lo:
        hi = lo * 10
    left, right, top = 150, 40, 50
    width = 820
    plot_w = width - left - right
    bar_h = 9 if has_pypy else 14
    row_h = 2 * bar_h + 8 if has_pypy else bar_h + 8
    height = top + row_h * len(rows) + 60

    def x_of(v):
        return left + plot_w * (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))

    out = []
    out.append('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
               'font-family="sans-serif" font-size="12">' % (width, height, width, height))
    out.append('<rect width="100%" height="100%" fill="white"/>')
    out.append('<text x="%d" y="22" font-size="15" font-weight="bold">%s</text>' % (left, svg_escape(title)))
    legend = '<rect x="%d" y="30" width="12" height="10" fill="#d9534f"/><text x="%d" y="39">Grail / CPython</text>' % (
        left, left + 16)
    if has_pypy:
        legend += ('<rect x="%d" y="30" width="12" height="10" fill="#5b9bd5"/>'
                   '<text x="%d" y="39">PyPy / CPython</text>' % (left + 140, left + 156))
    legend += '<text x="%d" y="39" fill="#555">time ratio, log scale (lower is faster)</text>' % (left + 290)
    out.append(legend)
    # grid lines at 1-2-5 steps within each decade
    y0, y1 = top, top + row_h * len(rows)
    d = lo
    while d <= hi * 1.0001:
        for mult in (1, 2, 5):
            v = d * mult
            if v < lo * 0.9999 or v > hi * 1.0001:
                continue
            x = x_of(v)
            strong = mult == 1
            out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s" stroke-width="1"/>' % (
                x, y0, x, y1, "#bbb" if strong else "#e6e6e6"))
            label = ("%g" % v) if v >= 0.01 else ("%.0e" % v)
            out.append('<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%s</text>' % (x, y1 + 16, label))
        d *= 10
    base = x_of(1.0)
    for i, (name, g, p) in enumerate(rows):
        y = top + i * row_h + 4
        bold = ' font-weight="bold"' if name == "geometric mean" else ""
        out.append('<text x="%d" y="%d" text-anchor="end"%s>%s</text>' % (
            left - 8, y + (bar_h if has_pypy else bar_h - 3), bold, svg_escape(name)))
        for j, (v, colour) in enumerate(((g, "#d9534f"), (p, "#5b9bd5"))):
            if j == 1 and not has_pypy:
                continue
            by = y + j * bar_h
            if v is None:
                out.append('<text x="%.1f" y="%d" fill="#999" font-size="10">%s</text>' % (
                    base + 4, by + bar_h - 1, "fail" if j == 0 else "n/a"))
                continue
            x = x_of(v)
            x_start, w = (base, x - base) if x >= base else (x, base - x)
            out.append('<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"/>' % (
                x_start, by, max(w, 1.0), bar_h - 1, colour))
            tx = x + 4 if x >= base else x - 4
            anchor = "start" if x >= base else "end"
            out.append('<text x="%.1f" y="%d" text-anchor="%s" font-size="10">%.2f</text>' % (
                tx, by + bar_h - 2, anchor, v))
    out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="black" stroke-width="1.5"/>' % (
        base, y0 - 4, base, y1))
    out.append('<text x="%.1f" y="%d" text-anchor="middle" font-size="11" font-weight="bold">CPython = 1.0</text>' % (
        base, y1 + 32))
    out.append('</svg>')
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


# ----------------------------------------------------------------------------
# callgrind mode

def callgrind_count(argv, cwd, timeout):
    """Instructions executed (Ir) by argv under callgrind, or (None, error)."""
    fd, outfile = tempfile.mkstemp(prefix="grail-callgrind-", suffix=".out")
    os.close(fd)
    try:
        cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + outfile] + argv
        try:
            p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, "timeout", b""
        err = p.stderr.decode("utf-8", "replace")
        m = re.search(r"Collected\s*:\s*(\d+)", err)
        if m is None:
            try:
                with open(outfile, encoding="utf-8", errors="replace") as fh:
                    for line in fh:
                        if line.startswith("summary:") or line.startswith("totals:"):
                            m = re.match(r"\w+:\s*(\d+)", line)
                            break
            except OSError:
                pass
        if p.returncode != 0 or m is None:
            tail = [l for l in err.splitlines() if l.strip() and not l.startswith("==")]
            return None, (tail[-1] if tail else "exit status %d" % p.returncode), p.stdout
        return int(m.group(1)), None, p.stdout
    finally:
        try:
            os.unlink(outfile)
        except OSError:
            pass


def run_callgrind(args, grail, py, programs):
    if shutil.which("valgrind") is None:
        sys.exit("valgrind not found (apt-get install -y valgrind)")
    stripped = os.path.join(tempfile.gettempdir(), "grail-stripped-%d" % os.getpid())
    try:
        subprocess.run(["strip", "-o", stripped, grail], check=True)
    except (subprocess.SubprocessError, OSError) as e:
        sys.exit("cannot strip %s: %s" % (grail, e))
    empty = os.path.join(tempfile.gettempdir(), "grail-empty-%d.py" % os.getpid())
    with open(empty, "w") as fh:
        fh.write("pass\n")
    try:
        base_g, e1, _ = callgrind_count([stripped, empty], PROGRAMS, args.timeout)
        base_c, e2, _ = callgrind_count([py, empty], PROGRAMS, args.timeout)
        print("start-up (empty script): grail %s Ir, python3 %s Ir" % (
            base_g if base_g is not None else e1, base_c if base_c is not None else e2), flush=True)
        rows = []
        for name, path, sizes in programs:
            size = sizes["DEFAULT"] if args.size == "default" else sizes["SMALL"]
            tail = [os.path.basename(path), str(size)]
            ic, ec, outc = callgrind_count([py] + tail, PROGRAMS, args.timeout)
            ig, eg, outg = callgrind_count([stripped] + tail, PROGRAMS, args.timeout)
            if ig is not None and ic is not None and outg != outc:
                eg, ig = "output differs from python3", None
            net_g = ig - base_g if ig is not None and base_g is not None else None
            net_c = ic - base_c if ic is not None and base_c is not None else None
            r = ig / ic if ig is not None and ic else None
            rn = net_g / net_c if net_g is not None and net_c and net_c > 0 else None
            rows.append((name, size, ic, ig, r, net_c, net_g, rn, eg or ec))
            print("%-16s size %-7d python3 %14s  grail %14s  ratio %6s  net ratio %6s%s" % (
                name, size, fmt(ic, "%d"), fmt(ig, "%d"), fmt(r, "%.2f"), fmt(rn, "%.2f"),
                ("  FAILED: " + (eg or ec)) if (eg or ec) else ""), flush=True)
        print("geometric mean Grail/CPython Ir: %s (net of start-up: %s)" % (
            fmt(geomean([x[4] for x in rows]), "%.2f"), fmt(geomean([x[7] for x in rows]), "%.2f")))
        if args.write:
            os.makedirs(args.out, exist_ok=True)
            path = os.path.join(args.out, "CALLGRIND.md")
            lines = ["# Instruction counts (callgrind)", "",
                     "Generated by `bench/run.py --callgrind` on %s: instructions executed (Ir) at the %s sizes;"
                     % (datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), args.size),
                     "\"net\" subtracts the start-up cost of an empty script (grail %s Ir, python3 %s Ir)." % (
                         fmt(base_g, "%d"), fmt(base_c, "%d")), "",
                     "| program | size | CPython Ir | Grail Ir | Grail/CPython | net Grail/CPython |",
                     "|---|---:|---:|---:|---:|---:|"]
            for name, size, ic, ig, r, _, _, rn, err in rows:
                lines.append("| %s | %d | %s | %s | %s | %s |" % (
                    name, size, "{:,}".format(ic) if ic is not None else "FAIL",
                    "{:,}".format(ig) if ig is not None else "FAIL", fmt(r, "%.2f"), fmt(rn, "%.2f")))
            lines.append("| **geometric mean** | | | | **%s** | **%s** |" % (
                fmt(geomean([x[4] for x in rows]), "%.2f"), fmt(geomean([x[7] for x in rows]), "%.2f")))
            with open(path, "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")
            print("wrote", os.path.relpath(path))
    finally:
        for f in (stripped, empty):
            try:
                os.unlink(f)
            except OSError:
                pass


# ----------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--grail", default=os.path.join(ROOT, ".build", "release", "grail"),
                    help="the Grail binary (default: .build/release/grail)")
    ap.add_argument("--only", default="", help="comma-separated program names")
    ap.add_argument("--size", choices=("default", "small"), default=None,
                    help="program sizes (timing default: default; callgrind default: small)")
    ap.add_argument("-n", type=int, default=5, help="runs per interpreter (median; default 5)")
    ap.add_argument("--no-pypy", action="store_true", help="do not run pypy3 even if installed")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per run before it is killed")
    ap.add_argument("--callgrind", action="store_true", help="instruction counts under valgrind instead of timing")
    ap.add_argument("--out", default=RESULTS, help="results directory (default bench/results)")
    ap.add_argument("--no-write", dest="write", action="store_false", help="print only, write no result files")
    args = ap.parse_args()
    only = [s.strip() for s in args.only.split(",") if s.strip()] or None
    programs = discover(only)
    grail = os.path.abspath(args.grail)
    if not os.path.exists(grail):
        sys.exit("Grail binary not found: %s (use --grail PATH)" % grail)
    py = real_python3()
    args.python = py
    if args.callgrind:
        args.size = args.size or "small"
        run_callgrind(args, grail, py, programs)
        return
    args.size = args.size or "default"
    if args.n < 1:
        sys.exit("-n must be at least 1")
    interps = [Interp("grail", "Grail", [grail]), Interp("cpython", "CPython", [py])]
    pypy = None if args.no_pypy else shutil.which("pypy3")
    if pypy:
        interps.append(Interp("pypy", "PyPy", [pypy]))
    print("interpreters: " + ", ".join("%s=%s" % (it.key, it.argv[0]) for it in interps), flush=True)
    info = machine_info(interps)
    records = run_timing(args, interps, programs)
    g = geomean([ratio(r, "grail") for r in records])
    p = geomean([ratio(r, "pypy") for r in records])
    print("geometric mean Grail/CPython: %s%s" % (fmt(g, "%.2f"), ("  PyPy/CPython: %s" % fmt(p, "%.2f")) if pypy else ""))
    if not args.write:
        return
    os.makedirs(args.out, exist_ok=True)
    suffix = "" if args.size == "default" else "-" + args.size
    args.chart_name = "chart%s.svg" % suffix
    md = os.path.join(args.out, "RESULTS%s.md" % suffix)
    write_markdown(md, records, info, args, interps)
    write_chart(os.path.join(args.out, args.chart_name), records,
                "Time relative to CPython 3.11 (%s sizes, median of %d runs)" % (args.size, args.n))
    with open(os.path.join(args.out, "results%s.json" % suffix), "w", encoding="utf-8") as fh:
        json.dump({"machine": info, "size": args.size, "runs": args.n, "programs": records}, fh, indent=1)
    print("wrote %s, %s, results%s.json" % (os.path.relpath(md), args.chart_name, suffix))


if __name__ == "__main__":
    main()
