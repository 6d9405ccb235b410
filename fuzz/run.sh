#!/usr/bin/env bash
# Coverage-guided fuzzing of Grail's tokenizer + parser with libFuzzer (+ ASan).
#
# Usage: bash fuzz/run.sh [SECONDS]          (default 600)
#   FUZZ_JOBS=2     parallel fuzzing processes (libFuzzer -fork), default 2
#   FUZZ_LEAKS=1    also report memory leaks (off by default)
# Corpus: fuzz/corpus-run/ (seeded from a sample of CPython's stdlib, the
# tests/syntax/invalid snippets and generated deep-nesting inputs). Findings go to
# fuzz/artifacts/ (crash-*, timeout-*, oom-*); both directories are git-ignored.
# Exit status 1 when anything was found. Reproduce one finding with
#   SWIFT_BACKTRACE=enable=no .build/fuzz/fuzz-parser fuzz/artifacts/crash-...
# If libFuzzer misbehaves, fuzz/mutate.py fuzzes the release `grail` binary instead.
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-600}
JOBS=${FUZZ_JOBS:-2}
BIN=.build/fuzz/fuzz-parser
CORPUS=fuzz/corpus-run
ART=fuzz/artifacts
mkdir -p .build/fuzz "$CORPUS" "$ART"

mapfile -t SRCS < <(find Sources/GrailSyntax -name '*.swift' | sort)
[ ${#SRCS[@]} -gt 0 ] || { echo "error: no Swift sources under Sources/GrailSyntax" >&2; exit 2; }
COMMON=(-parse-as-library -O -wmo -swift-version 5 -module-name GrailSyntax)
echo "== compiling ${#SRCS[@]} GrailSyntax sources + fuzz/FuzzParser.swift with libFuzzer + ASan"
if ! swiftc -sanitize=fuzzer,address "${COMMON[@]}" "${SRCS[@]}" fuzz/FuzzParser.swift -o "$BIN" 2> .build/fuzz/build.log; then
    grep -v 'Cannot export local symbol' .build/fuzz/build.log | tail -20 >&2 || true
    echo "== fuzzer+address failed; retrying with -sanitize=fuzzer only"
    swiftc -sanitize=fuzzer "${COMMON[@]}" "${SRCS[@]}" fuzz/FuzzParser.swift -o "$BIN"
fi

echo "== seeding $CORPUS"
python3 - "$CORPUS" <<'PYEOF'
import hashlib, os, sys, sysconfig
out = sys.argv[1]
def put(data):
    data = data[:65536]
    with open(os.path.join(out, "seed-" + hashlib.sha1(data).hexdigest()[:16]), "wb") as fh:
        fh.write(data)
base = sysconfig.get_paths()["stdlib"]
files = []
for root, dirs, fs in os.walk(base):
    dirs[:] = [d for d in dirs if d not in ("site-packages", "__pycache__")]
    files += [os.path.join(root, f) for f in fs if f.endswith(".py")]
files.sort()
for p in files[::15]:                      # ~120 stdlib files
    put(open(p, "rb").read())
inv = os.path.join("tests", "syntax", "invalid")
for f in sorted(os.listdir(inv)):
    if f.endswith(".py"):
        put(open(os.path.join(inv, f), "rb").read())
deep = [
    b"(" * 60000, b"x = " + b"(" * 199 + b"1" + b")" * 199 + b"\n",
    b"x = " + b"[" * 150 + b"]" * 150 + b"\n", b"x = " + b"{" * 150 + b"}" * 150 + b"\n",
    b"x = " + b"-" * 60000 + b"1\n", b"x = " + b"not " * 15000 + b"1\n", b"x = " + b"~+" * 30000 + b"1\n",
    b"x = " + b"1+" * 30000 + b"1\n", b"x = " + b"a." * 30000 + b"b\n", b"x = a" + b"[0]" * 20000 + b"\n",
    b"x = f" + b"()" * 30000 + b"\n", b"x = " + b"lambda: " * 8000 + b"0\n", b"x = " + b"await " * 10000 + b"y\n",
    b"x = " + b"1 if 2 else " * 5000 + b"3\n", b"x = " + b"*" * 30000 + b"a\n", b"x = a" + b" ** a" * 15000 + b"\n",
    b"x = " + b"f(" * 3000 + b")" * 3000 + b"\n", b"x = " + b"(yield " * 3000 + b")" * 3000 + b"\n",
    b"".join(b" " * i + b"if x:\n" for i in range(99)) + b" " * 99 + b"pass\n",
    b"".join(b" " * i + b"if x:\n" for i in range(120)) + b" " * 120 + b"pass\n",
    b"x = f'{" * 2 + b"y" + b"}'" * 2 + b"\n", b"x = f'{a:{b:{c}}}'\n",
    b"x = " + b"'a' " * 20000 + b"\n", b"x = " + b"f'{a}' " * 8000 + b"\n", b"\\\n" * 20000 + b"x\n",
    b"match x:\n    case " + b"[" * 150 + b"a" + b"]" * 150 + b": pass\n",
    b"match x:\n    case " + b"|".join([b"1"] * 10000) + b": pass\n",
    b"class A" + b"(B" * 150 + b")" * 150 + b": pass\n", b"@d\n" * 10000 + b"def f(): pass\n",
]
for d in deep:
    put(d)
print("corpus: %d inputs" % len(os.listdir(out)))
PYEOF

LEAKS=0; [ "${FUZZ_LEAKS:-0}" = 1 ] && LEAKS=1
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="detect_leaks=$LEAKS:allocator_may_return_null=1"

# Fork mode silently drops seeds that crash while it loads the corpus, so first run
# every seed once (-runs=0): a crashing seed is saved as $ART/seed-crash-* and
# moved out of the corpus, then the check resumes (at most 20 times).
echo "== running the seeds once"
for _ in $(seq 1 20); do
    if "$BIN" -runs=0 -timeout=10 -rss_limit_mb=4096 -max_len=65536 -detect_leaks="$LEAKS" \
        -artifact_prefix="$ART/seed-" "$CORPUS" > .build/fuzz/seeds.log 2>&1; then
        break
    fi
    art=$(grep -o "Test unit written to [^ ]*" .build/fuzz/seeds.log | tail -1 | sed 's/Test unit written to //')
    [ -n "$art" ] && [ -f "$art" ] || { echo "seed run failed without an artifact; see .build/fuzz/seeds.log"; break; }
    full=$(sha1sum "$art" | cut -c1-40)
    removed=0
    for c in "$CORPUS/seed-${full:0:16}" "$CORPUS/$full"; do
        if [ -f "$c" ]; then rm -f "$c"; removed=1; echo "   $c crashes (saved as $art)"; fi
    done
    [ "$removed" = 1 ] || { echo "   crashing input not found in $CORPUS; see .build/fuzz/seeds.log"; break; }
done
echo "== fuzzing for ${SECS}s with $JOBS process(es)"
set +e
"$BIN" "$CORPUS" -fork="$JOBS" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$SECS" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -detect_leaks="$LEAKS" -artifact_prefix="$ART/" -print_final_stats=1 \
    > .build/fuzz/fuzz.log 2>&1
rc=$?
set -e
grep -E '^#[0-9]+:|INFO: (fuzzed|exiting)|stat::' .build/fuzz/fuzz.log | tail -5 || true
echo "== libFuzzer exit status $rc; full log: .build/fuzz/fuzz.log"

python3 - "$BIN" "$ART" <<'PYEOF'
import os, re, subprocess, sys
binary, art = sys.argv[1], sys.argv[2]
finds = sorted((f for f in os.listdir(art) if re.match(r"(seed-)?(crash|timeout|oom|leak|slow-unit)-", f)),
               key=lambda f: os.path.getsize(os.path.join(art, f)))
if not finds:
    print("no crashes, timeouts or OOMs found")
    sys.exit(0)
groups = {}
env = dict(os.environ, SWIFT_BACKTRACE="enable=no", ASAN_OPTIONS="detect_leaks=0")
for f in finds[:60]:
    path = os.path.join(art, f)
    kind = re.sub(r"-[0-9a-f]+$", "", f)
    try:
        p = subprocess.run([binary, "-timeout=10", "-rss_limit_mb=4096", path], capture_output=True, env=env, timeout=60)
        log = p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        log = ""
    frames = re.findall(r"#\d+ 0x[0-9a-f]+ in (\$s\S+)", log)
    reason = re.search(r"(ERROR: (?:AddressSanitizer|libFuzzer): [^\n]*|Fatal error: [^\n]*|SUMMARY: [^\n]*)", log)
    sig = (kind, tuple(frames[:3]), reason.group(1)[:120] if reason else "")
    groups.setdefault(sig, []).append(path)
def demangle(names):
    try:
        out = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(names), capture_output=True, text=True).stdout
        return [l.strip() for l in out.splitlines()]
    except OSError:
        return list(names)
print("%d finding(s), %d distinct signature(s) (first 60 examined):" % (len(finds), len(groups)))
for (kind, frames, reason), paths in sorted(groups.items(), key=lambda kv: -len(kv[1])):
    print("- %s x%d  %s" % (kind, len(paths), reason))
    for fr in demangle(frames):
        print("      at " + fr[:160])
    print("      smallest: %s (%d bytes)" % (paths[0], os.path.getsize(paths[0])))
sys.exit(1)
PYEOF
