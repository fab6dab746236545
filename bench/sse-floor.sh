#!/usr/bin/env bash
# The machine's floor for the SSE figure: raw loopback writes of one event to N connections, no server.
# Usage: bench/sse-floor.sh [connections=9000]
set -euo pipefail
cd "$(dirname "$0")/.."
./podium mvn -q -DskipTests test-compile >/dev/null
./podium mvn -q exec:exec@sse-floor -Dload.args="${1:-9000}"
