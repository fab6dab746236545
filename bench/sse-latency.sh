#!/usr/bin/env bash
# Result accepted by the API -> SSE event received, with many subscribers, on this machine.
# Starts the packaged platform in demo mode on a fresh data directory, runs the load, stops it.
# Usage: bench/sse-latency.sh [subscribers=10000] [messages=20] [warm-up messages, not measured=0]
set -euo pipefail
cd "$(dirname "$0")/.."
subscribers=${1:-10000}
messages=${2:-20}
warmup=${3:-0}
port=18081
source bench/platform.sh
start_platform -Dserver.tomcat.max-connections=30000 ${PODIUM_BENCH_JVM_OPTS:-}
sleep 3 # the demo operator's venues and the results feed load after start-up
./podium mvn -q exec:exec@sse-load \
  -Dload.args="http://127.0.0.1:$port $subscribers $messages results $(staff_password results RESULTS_OPERATOR) ATHM800M--------------FNL-000100-- $warmup"
# The server's own view: acceptance -> fan-out start (commit included) and -> written to every subscriber.
admin=$(staff_password admin ADMIN)
for metric in podium.results.stream.fanout.start podium.results.stream.delivered; do
  curl -fs -u "admin:$admin" "http://127.0.0.1:$port/actuator/prometheus" \
    | grep "^${metric//./_}_seconds{quantile\|^${metric//./_}_seconds_max\|^${metric//./_}_seconds_count" || true
done
