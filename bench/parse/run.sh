#!/usr/bin/env bash
# Parse benchmark: Grail's front end vs CPython's ast.parse on the same files.
#
# Usage: bash bench/parse/run.sh [LISTFILE]
#   Default files: every .py file of CPython's stdlib (site-packages excluded).
#   ROUNDS=5 (alternating CPython / Grail processes), REPS=1 (passes per process).
# Each side reads all bytes first (not timed), then parses everything in-process.
# Prints both times, the ratio Grail/CPython and each side's peak RSS
# (/usr/bin/time -v), and writes bench/results/parse.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
ROUNDS=${ROUNDS:-5}
REPS=${REPS:-1}
PY=${PYTHON:-python3}

if [ ! -x /usr/bin/time ]; then
    echo "== /usr/bin/time missing: installing Debian package 'time'"
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time
    fi
fi

echo "== swift build -c release --product grail-parse-bench"
swift build -c release --product grail-parse-bench
BIN=$(swift build -c release --show-bin-path)/grail-parse-bench

WORK=$(mktemp -d "${TMPDIR:-/tmp}/grail-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

if [ $# -ge 1 ]; then
    cp "$1" "$WORK/files.txt"
else
    "$PY" - > "$WORK/files.txt" <<'PYEOF'
import os, sysconfig
base = sysconfig.get_paths()["stdlib"]
out = []
for root, dirs, files in os.walk(base):
    dirs[:] = [d for d in dirs if d not in ("site-packages", "__pycache__")]
    out += [os.path.join(root, f) for f in files if f.endswith(".py")]
print("\n".join(sorted(out)))
PYEOF
fi
echo "== $(wc -l < "$WORK/files.txt") files, $ROUNDS rounds x $REPS pass(es) per side"

for i in $(seq 1 "$ROUNDS"); do
    /usr/bin/time -v -o "$WORK/cpython.$i.time" "$PY" bench/parse/cpython_parse.py --reps "$REPS" "$WORK/files.txt" > "$WORK/cpython.$i.out"
    /usr/bin/time -v -o "$WORK/grail.$i.time" "$BIN" --reps "$REPS" "$WORK/files.txt" > "$WORK/grail.$i.out"
    c=$(grep '^pass' "$WORK/cpython.$i.out" | awk '{print $3}' | paste -sd' ')
    g=$(grep '^pass' "$WORK/grail.$i.out" | awk '{print $3}' | paste -sd' ')
    echo "round $i: cpython $c s   grail $g s"
done

mkdir -p bench/results
"$PY" bench/parse/report.py "$WORK" "$ROUNDS" "$ROOT/bench/results/parse.md"
