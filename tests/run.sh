#!/usr/bin/env bash
# Build Grail (release) and run the differential front-end suite against CPython.
# Usage: bash tests/run.sh [run_tests.py options, e.g. --only invalid -k fstring]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v python3 >/dev/null 2>&1; then
    echo "error: python3 (CPython 3.11, the oracle) is not on PATH" >&2
    exit 2
fi

# The runtime links the Boehm-Demers-Weiser collector (Debian's libgc-dev).
if [ ! -e /usr/include/gc/gc.h ]; then
    echo "== installing libgc-dev"
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq libgc-dev
    else sudo apt-get update -qq && sudo apt-get install -y -qq libgc-dev; fi
fi

echo "== swift build -c release"
swift build -c release
echo "== python3 tests/run_tests.py $*"
exec python3 tests/run_tests.py "$@"
