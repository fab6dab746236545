#!/usr/bin/env bash
# Result accepted by the API -> SSE event received, with many subscribers, on this machine.
# Starts the packaged platform in demo mode on a fresh data directory, runs the load, stops it.
# Usage: bench/sse-latency.sh [subscribers=10000] [messages=20]
set -euo pipefail
cd "$(dirname "$0")/.."
subscribers=${1:-10000}
messages=${2:-20}
port=18081
source bench/platform.sh
start_platform -Dserver.tomcat.max-connections=30000
sleep 3 # the demo operator's venues and the results feed load after start-up
./podium mvn -q exec:exec@sse-load \
  -Dload.args="http://127.0.0.1:$port $subscribers $messages results $(staff_password results RESULTS_OPERATOR)"
