#!/usr/bin/env bash
# Builds Grail with ThreadSanitizer (no collector: GRAIL_TSAN) into .build-tsan
# and runs every threading program of the suite under it, reporting per
# program the exit status, the number of sanitizer warnings and whether stdout
# matches python3's. Exit status 1 when any warning or mismatch was seen.
# Usage: bash tests/tsan.sh
set -uo pipefail
cd "$(dirname "$0")/.."
swift build -c release --build-path .build-tsan -Xswiftc -sanitize=thread -Xswiftc -DGRAIL_TSAN \
    -Xcc -DGRAIL_TSAN -Xswiftc -Xcc -Xswiftc -DGRAIL_TSAN >/tmp/grail-tsan-build.log 2>&1 \
    || { tail -20 /tmp/grail-tsan-build.log; exit 2; }
T="$PWD/.build-tsan/release/grail"
tmp=$(mktemp -d)
cd tests/runtime
total=0; bad=0; n=0; start=$(date +%s)
for f in $(ls threads/*.py threads_native/*.py threads_bench/*.py */*threads*.py | sort -u); do
    d=$(dirname "$f"); b=$(basename "$f")
    (cd "$d" && TSAN_OPTIONS="history_size=2" timeout 600 "$T" "$b" >"$tmp/out" 2>"$tmp/err"); rc=$?
    (cd "$d" && python3 "$b" >"$tmp/py" 2>/dev/null)
    w=$(grep -c "WARNING: ThreadSanitizer" "$tmp/err")
    same=$(cmp -s "$tmp/out" "$tmp/py" && echo same || echo DIFF)
    echo "$f: exit $rc, $w warnings, stdout $same"
    grep "SUMMARY: ThreadSanitizer" "$tmp/err" | sort | uniq -c | head -5
    total=$((total + w)); n=$((n + 1))
    if [ "$w" != 0 ] || [ "$same" != same ]; then bad=$((bad + 1)); fi
done
rm -rf "$tmp"
echo "$n programs, $total sanitizer warnings, $bad with problems, $(( $(date +%s) - start )) s"
[ "$bad" = 0 ]
