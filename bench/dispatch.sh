#!/usr/bin/env bash
# A busy Games day of the car pool: 3,000 requests and 500 cars (seeded), dispatched by the
# nearest-car baseline and by Timefold on the same data in the same run, both replayed by the
# independent check (DispatchCheck). Prints time, time to a plan with 0 hard breaches, requests
# served, pick-ups on time, hard breaches and driving hours.
# Usage: bench/dispatch.sh [requests=3000] [cars=500] [seconds=60] [seed=2024]
set -euo pipefail
cd "$(dirname "$0")/.."
./podium mvn -q test-compile exec:exec@transport-dispatch -Dload.args="${1:-3000} ${2:-500} ${3:-60} ${4:-2024}" 2>&1 | grep -v "^SLF4J\|INFO\|WARN"
