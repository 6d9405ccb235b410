#!/usr/bin/env python3
"""CPython side of the parse benchmark: ast.parse over preloaded bytes.

Usage: python3 bench/parse/cpython_parse.py [--reps N] LISTFILE
Prints one line per pass and a RESULT line in the same format as grail-parse-bench.
"""
import argparse
import ast
import time
import warnings


def peak_rss_kib():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("listfile")
    a = ap.parse_args()
    with open(a.listfile, encoding="utf-8") as fh:
        paths = [line.rstrip("\n") for line in fh if line.strip()]
    sources = []
    for p in paths:
        with open(p, "rb") as fh:
            sources.append((p, fh.read()))
    total = sum(len(b) for _, b in sources)
    warnings.simplefilter("ignore")
    times = []
    ok = rejected = 0
    for rep in range(1, a.reps + 1):
        ok = rejected = 0
        t0 = time.perf_counter()
        for p, b in sources:
            try:
                ast.parse(b, p)
                ok += 1
            except (SyntaxError, ValueError, MemoryError, RecursionError):
                rejected += 1
        dt = time.perf_counter() - t0
        times.append(dt)
        print("pass %d: %.3f s" % (rep, dt))
    s = sorted(times)
    n = len(s)
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    print("files: %d (%d bytes)  ok: %d  rejected: %d" % (len(sources), total, ok, rejected))
    print("cpython ast.parse: min %.3f s  median %.3f s  over %d passes" % (s[0], median, n))
    print("RESULT impl=cpython files=%d bytes=%d ok=%d rejected=%d min=%.6f median=%.6f passes=%s peak_rss_kib=%d"
          % (len(sources), total, ok, rejected, s[0], median, ",".join("%.6f" % t for t in times), peak_rss_kib()))


if __name__ == "__main__":
    main()
