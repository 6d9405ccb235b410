#!/usr/bin/env bash
# Object-model microbenchmarks (issue 3): A = Swift classes + ARC, B = Boehm GC,
# C = biased reference counting, D = what the runtime uses (Swift classes made ARC-immortal,
# Boehm installed as malloc; separate executable objbench-d); 1 vs 2 threads on (i) call,
# (ii) read, (iii) alloc.
# Usage: bench/objmodel/run.sh [--suites main,immortal,values,gctune,anchor,blocks,rec] [--reps 5] [--iters N]
#                              [--quiet-timeout SECONDS] [--ungated]
# (blocks/rec need out-of-tree Boehm builds under .build/libgc-4k and .build/libgc-16k; skipped otherwise)
# Runs only when the machine is quiet (see bench.py); prints Markdown tables on stdout,
# progress on stderr, raw records appended to bench/objmodel/.build/results.jsonl.
set -euo pipefail
cd "$(dirname "$0")"

if ! dpkg -s libgc-dev >/dev/null 2>&1; then
    echo "installing libgc-dev (Boehm-Demers-Weiser GC)..." >&2
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libgc-dev >&2
fi

swift build -c release >&2
exec python3 bench.py "$@"
