#!/usr/bin/env python3
"""Summarise bench/parse/run.sh output: times, ratio Grail/CPython, peak RSS -> markdown."""
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys


def load(work, impl, rounds):
    passes, rss_time, rss_self, res = [], [], [], None
    for i in range(1, rounds + 1):
        with open(os.path.join(work, "%s.%d.out" % (impl, i))) as fh:
            for line in fh:
                if line.startswith("RESULT "):
                    res = dict(kv.split("=", 1) for kv in line.split()[1:])
                    passes += [float(x) for x in res["passes"].split(",")]
                    rss_self.append(int(res.get("peak_rss_kib", 0)))
        with open(os.path.join(work, "%s.%d.time" % (impl, i))) as fh:
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", fh.read())
            if m:
                rss_time.append(int(m.group(1)))
    if res is None:
        sys.exit("no RESULT line from %s" % impl)
    return {"min": min(passes), "median": statistics.median(passes), "passes": passes,
            "rss": max(rss_time) if rss_time else max(rss_self), "files": int(res["files"]),
            "bytes": int(res["bytes"]), "ok": int(res["ok"]), "rejected": int(res["rejected"])}


def main():
    work, rounds, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    c = load(work, "cpython", rounds)
    g = load(work, "grail", rounds)
    cpu = ""
    try:
        with open("/proc/cpuinfo") as fh:
            m = re.search(r"model name\s*:\s*(.*)", fh.read())
            cpu = m.group(1).strip() if m else ""
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    except OSError:
        commit = ""
    rows = [
        ("", "CPython %s ast.parse" % platform.python_version(), "Grail", "Grail/CPython"),
        ("min s/pass", "%.3f" % c["min"], "%.3f" % g["min"], "%.2f" % (g["min"] / c["min"])),
        ("median s/pass", "%.3f" % c["median"], "%.3f" % g["median"], "%.2f" % (g["median"] / c["median"])),
        ("MB/s (min)", "%.1f" % (c["bytes"] / c["min"] / 1e6), "%.1f" % (g["bytes"] / g["min"] / 1e6), ""),
        ("peak RSS MiB", "%.1f" % (c["rss"] / 1024), "%.1f" % (g["rss"] / 1024), "%.2f" % (g["rss"] / max(1, c["rss"]))),
        ("files ok / rejected", "%d / %d" % (c["ok"], c["rejected"]), "%d / %d" % (g["ok"], g["rejected"]), ""),
    ]
    table = ["| " + " | ".join(r) + " |" for r in rows]
    table.insert(1, "|---|---:|---:|---:|")
    text = "\n".join([
        "# Parse benchmark",
        "",
        "`bash bench/parse/run.sh` on %s: %d files, %.1f MB (CPython's stdlib, site-packages excluded), "
        "bytes preloaded, %d alternating rounds (one process per side per round), %d passes per side in all." % (
            datetime.date.today().isoformat(), c["files"], c["bytes"] / 1e6, rounds, len(c["passes"])),
        "Grail: tokenize + parse to AST (`grail-parse-bench`, release). CPython: `ast.parse` in-process."
        " Peak RSS from `/usr/bin/time -v` (includes the preloaded sources)."
        " CPython's time includes building the Python `ast` objects, which is part of what `ast.parse` does.",
        "",
        "Machine: %d cores, %s; commit %s." % (os.cpu_count() or 0, cpu or platform.machine(), commit or "(none)"),
        "",
    ] + table + [
        "",
        "Per-pass seconds: CPython %s; Grail %s." % (
            ", ".join("%.3f" % t for t in c["passes"]), ", ".join("%.3f" % t for t in g["passes"])),
        "",
    ])
    print()
    print("\n".join(table))
    print("Grail/CPython time ratio: %.2f (min), %.2f (median)" % (g["min"] / c["min"], g["median"] / c["median"]))
    with open(out, "w") as fh:
        fh.write(text)
    print("wrote %s" % out)


if __name__ == "__main__":
    main()
