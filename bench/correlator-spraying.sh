#!/usr/bin/env bash
# Memory of the SOC's correlator under a password-spraying attack from many distinct addresses:
# windows held, windows evicted, heap after GC (in a JVM capped at 512 MB).
# Usage: bench/correlator-spraying.sh [addresses=1000000] [hits per second of event time=1000] [max windows=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
./podium mvn -q test-compile exec:exec@correlator-spraying -Dload.args="${1:-1000000} ${2:-1000} ${3:-100000}"
