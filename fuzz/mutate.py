#!/usr/bin/env python3
"""Seeded mutation fuzzer for the release `grail` binary (fallback to fuzz/run.sh).

Takes CPython's stdlib .py files, mutates them (bytes, Python tokens, lines,
indentation, splices), writes each batch to a temp dir and runs
`grail --dump-ast-batch` on it, so a crash or hang costs one process, not the run.

Findings:
  crash / hang   -> fuzz/artifacts/mutate-crash-*.py, mutate-hang-*.py (exit status 1)
  differential   -> with --diff (default on): Grail's result vs `ast.parse` (dump, or
                    exception class + line); first mismatches saved as
                    fuzz/artifacts/mutate-diff-*.py. Reported, exit status 1 only
                    with --strict.

Usage: python3 fuzz/mutate.py [--seed N] [--time SECONDS] [--iterations N]
                              [--batch N] [--no-diff] [--strict] [--grail PATH]
Deterministic for a given seed and iteration count.
"""

import argparse
import hashlib
import os
import random
import re
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests"))
import run_tests as rt  # noqa: E402  (BatchRunner, oracles, comparisons)

TOKENS = [
    b"(", b")", b"[", b"]", b"{", b"}", b":", b",", b";", b".", b"...", b"=", b":=", b"==", b"->",
    b"*", b"**", b"/", b"//", b"@", b"|", b"&", b"^", b"~", b"<<", b">>", b"+=", b"!=", b"<>",
    b"\\", b"\\\n", b"#", b"\n", b"\r\n", b"\r", b"\t", b"    ", b" ", b"\x0c", b"\x00",
    b"'", b'"', b"'''", b'"""', b"f'", b'f"', b"rb'", b"b'", b"u'", b"fr'", b"{", b"}", b"!r", b"=}",
    b"lambda", b"lambda:", b"def", b"class", b"if", b"elif", b"else", b"for", b"while", b"try",
    b"except", b"except*", b"finally", b"with", b"as", b"async", b"await", b"yield", b"yield from",
    b"return", b"del", b"global", b"nonlocal", b"import", b"from", b"pass", b"break", b"continue",
    b"raise", b"assert", b"match", b"case", b"_", b"type", b"not", b"and", b"or", b"in", b"is",
    b"None", b"True", b"False", b"__debug__", b"print", b"0", b"1", b"0x", b"0o7", b"0b1", b"1e",
    b"1_0", b"1.5j", b"00", b"0_", b"\xc3\xa9", b"\xe2\x82\xac", b"\xff", b"\xc3", b"\xef\xbb\xbf",
    b"\xe2\x80\x8b", b"$", b"?", b"`", b"!", b"# coding: latin-1\n", b"# -*- coding: foo -*-\n",
]


def mutate(rng, data, corpus):
    data = bytearray(data)
    for _ in range(rng.choice([1, 1, 1, 2, 3, 5])):
        op = rng.randrange(12)
        n = len(data)
        pos = rng.randrange(n + 1) if n else 0
        if op == 0 and n:                                   # flip a bit
            i = rng.randrange(n)
            data[i] ^= 1 << rng.randrange(8)
        elif op == 1:                                       # insert a random byte
            data[pos:pos] = bytes([rng.randrange(256)])
        elif op == 2 and n:                                 # delete a range
            k = rng.choice([1, 1, 2, 5, 20, 200])
            del data[pos:pos + k]
        elif op in (3, 4, 5):                               # insert a token
            data[pos:pos] = rng.choice(TOKENS)
        elif op == 6 and n:                                 # replace a byte with a token
            i = rng.randrange(n)
            data[i:i + 1] = rng.choice(TOKENS)
        elif op == 7 and n:                                 # duplicate a range
            k = rng.choice([1, 3, 10, 100, 1000])
            chunk = data[pos:pos + k]
            data[pos:pos] = chunk * rng.choice([1, 2, 10])
        elif op == 8:                                       # line edits
            lines = bytes(data).split(b"\n")
            if len(lines) > 1:
                i = rng.randrange(len(lines))
                j = rng.randrange(len(lines))
                r = rng.randrange(4)
                if r == 0:
                    del lines[i]
                elif r == 1:
                    lines.insert(j, lines[i])
                elif r == 2:
                    lines[i], lines[j] = lines[j], lines[i]
                else:
                    lines[i] = rng.choice([b" ", b"\t", b"  ", b"        "]) + lines[i]
            data = bytearray(b"\n".join(lines))
        elif op == 9 and n:                                 # dedent / strip indentation of a line
            lines = bytes(data).split(b"\n")
            i = rng.randrange(len(lines))
            lines[i] = lines[i].lstrip(b" \t")[: rng.randrange(len(lines[i]) + 1)]
            data = bytearray(b"\n".join(lines))
        elif op == 10:                                      # splice from another file
            other = rng.choice(corpus)
            if other:
                a = rng.randrange(len(other))
                data[pos:pos] = other[a:a + rng.choice([10, 100, 1000])]
        elif op == 11:                                      # deep nesting
            opener, closer = rng.choice([(b"(", b")"), (b"[", b"]"), (b"{", b"}"), (b"-", b""),
                                         (b"not ", b""), (b"lambda:", b""), (b"f(", b")")])
            k = rng.choice([50, 199, 200, 1000, 5000])
            data[pos:pos] = opener * k + (closer * k if rng.random() < 0.5 else b"")
        if len(data) > 200000:
            del data[200000:]
    return bytes(data)


def category(cp, gr):
    """Coarse kind of a mismatch: exception classes (+ message stem) on each side."""
    def k(r):
        if r[0] == "dump":
            return "dump"
        if r[0] == "error":
            stem = re.sub(r"0x[0-9a-fA-F]+|\d+|'[^']*'|\(.*", "", r[3])[:40].strip()
            return "%s(%s)" % (r[1], stem)
        return r[0]
    return "CPython %s / Grail %s" % (k(cp), k(gr))


def classify(runner, tmp, src):
    """(cpython result, grail result) for one source."""
    p = os.path.join(tmp, "probe.py")
    with open(p, "wb") as fh:
        fh.write(src)
    gr = runner.run([p], False).get(p, ("crash", "no result"))
    return rt.cpython_dump(src, p, False), gr


def mismatch(cp, gr):
    if gr[0] in ("crash", "bad"):
        return True
    if cp[0] == "error" and cp[1] in ("RecursionError", "MemoryError") and gr[0] != "crash":
        return False
    if cp[0] == "dump" and gr[0] == "dump":
        return cp[1] != gr[1]
    if cp[0] == "error" and gr[0] == "error":
        return (cp[1], cp[2]) != (gr[1], gr[2])
    return True


def minimize(runner, tmp, src, key, budget):
    """Line-based delta debugging: drop chunks of lines while the mismatch keeps its category."""
    def keeps(cand):
        cp, gr = classify(runner, tmp, cand)
        return mismatch(cp, gr) and category(cp, gr) == key
    lines = src.splitlines(keepends=True)
    n = 2
    while len(lines) >= 2 and budget > 0:
        size = -(-len(lines) // n)
        for i in range(0, len(lines), size):
            cand = lines[:i] + lines[i + size:]
            budget -= 1
            if keeps(b"".join(cand)):
                lines = cand
                n = max(n - 1, 2)
                break
            if budget <= 0:
                break
        else:
            if n >= len(lines):
                break
            n = min(len(lines), n * 2)
    return b"".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--time", type=float, default=300.0, help="time budget in seconds (default 300)")
    ap.add_argument("--iterations", type=int, default=0, help="number of batches (0 = until --time)")
    ap.add_argument("--batch", type=int, default=200, help="mutated files per grail process (default 200)")
    ap.add_argument("--max-source", type=int, default=40000, help="only mutate stdlib files up to this size")
    ap.add_argument("--no-diff", action="store_true", help="only look for crashes and hangs")
    ap.add_argument("--strict", action="store_true", help="exit 1 on differential mismatches too")
    ap.add_argument("--max-saved", type=int, default=3, help="differential mismatches saved per category (default 3)")
    ap.add_argument("--minimize", type=int, default=12,
                    help="minimize one sample of the N most frequent mismatch categories (default 12, 0 = off)")
    ap.add_argument("--idle-timeout", type=float, default=20.0)
    ap.add_argument("--grail", default=os.environ.get("GRAIL") or os.path.join(ROOT, ".build", "release", "grail"))
    args = ap.parse_args()
    if not (os.path.isfile(args.grail) and os.access(args.grail, os.X_OK)):
        sys.exit("error: grail binary not found: %s (run `swift build -c release`)" % args.grail)

    rng = random.Random(args.seed)
    files = [p for p in rt.stdlib_files() if os.path.getsize(p) <= args.max_source]
    corpus = []
    for p in files:
        with open(p, "rb") as fh:
            corpus.append(fh.read())
    art = os.path.join(HERE, "artifacts")
    os.makedirs(art, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="grail-mutate-")
    runner = rt.BatchRunner(args.grail, tmp, args.idle_timeout)
    t0 = time.time()
    it = total = 0
    crashes, hangs, diffs = [], [], 0
    cats = {}  # category -> [count, [saved paths], first source]
    try:
        while True:
            if args.iterations and it >= args.iterations:
                break
            if not args.iterations and time.time() - t0 >= args.time:
                break
            it += 1
            bdir = os.path.join(tmp, "b%d" % it)
            os.makedirs(bdir)
            paths, srcs = [], {}
            for i in range(args.batch):
                src = mutate(rng, rng.choice(corpus), corpus)
                p = os.path.join(bdir, "m%05d.py" % i)
                with open(p, "wb") as fh:
                    fh.write(src)
                paths.append(p)
                srcs[p] = src
            res = runner.run(paths, False)
            total += len(paths)
            for p in paths:
                r = res.get(p)
                src = srcs[p]
                h = hashlib.sha1(src).hexdigest()[:12]
                if r is None or r[0] in ("crash", "bad"):
                    hung = r is not None and "hung" in str(r[1])
                    dest = os.path.join(art, "mutate-%s-%s.py" % ("hang" if hung else "crash", h))
                    with open(dest, "wb") as fh:
                        fh.write(src)
                    (hangs if hung else crashes).append(dest)
                    print("%s: %s -> %s" % ("HANG" if hung else "CRASH", rt.describe(r) if r else "no result", dest), flush=True)
                    continue
                if args.no_diff:
                    continue
                cp = rt.cpython_dump(src, p, False)
                if not mismatch(cp, r):
                    continue
                if cp[0] == "dump" and r[0] == "error":
                    cc = rt.cpython_compile(src, p)  # a compile-stage check Grail also runs
                    if cc[0] == "error" and (cc[1], cc[2]) == (r[1], r[2]):
                        continue
                diffs += 1
                key = category(cp, r)
                ent = cats.setdefault(key, [0, [], src])
                ent[0] += 1
                if len(ent[1]) < args.max_saved:
                    dest = os.path.join(art, "mutate-diff-%s.py" % h)
                    with open(dest, "wb") as fh:
                        fh.write(src)
                    ent[1].append(dest)
                    if len(ent[1]) == 1:
                        print("DIFF: CPython %s; Grail %s -> %s" % (rt.describe(cp), rt.describe(r), dest), flush=True)
            shutil.rmtree(bdir, ignore_errors=True)
            if it % 10 == 0:
                print("... %d batches, %d files, %.0fs: %d crashes, %d hangs, %d diffs"
                      % (it, total, time.time() - t0, len(crashes), len(hangs), diffs), flush=True)
        if cats:
            print("\ndifferential mismatches by category (%d in %d categories):" % (diffs, len(cats)))
            ranked = sorted(cats.items(), key=lambda kv: -kv[1][0])
            for i, (key, (count, paths, first)) in enumerate(ranked[:25]):
                line = "%6d  %s" % (count, key)
                if i < args.minimize:
                    small = minimize(runner, tmp, first, key, budget=250)
                    dest = os.path.join(art, "mutate-min-%s.py" % hashlib.sha1(small).hexdigest()[:12])
                    with open(dest, "wb") as fh:
                        fh.write(small)
                    cp, gr = classify(runner, tmp, small)
                    line += "\n        minimized to %d lines: %s\n        CPython: %s\n        Grail:   %s" % (
                        small.count(b"\n") + 1, dest, rt.describe(cp), rt.describe(gr))
                elif paths:
                    line += "  e.g. " + paths[0]
                print(line, flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("mutate.py seed %d: %d files in %.0fs: %d crashes, %d hangs, %d differential mismatches"
          % (args.seed, total, time.time() - t0, len(crashes), len(hangs), diffs))
    bad = bool(crashes or hangs) or (args.strict and diffs > 0)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
