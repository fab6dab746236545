#!/usr/bin/env bash
# Result accepted by the API -> SSE event received, with many subscribers, on this machine.
# Starts the packaged platform in demo mode on a fresh data directory, runs the load, stops it.
# Usage: bench/sse-latency.sh [subscribers=10000] [messages=20]
set -euo pipefail
cd "$(dirname "$0")/.."
subscribers=${1:-10000}
messages=${2:-20}
./podium mvn -q -DskipTests package >/dev/null
jar=$(ls target/podium-*.jar | grep -v original | head -1)
source <(sed -n '/^pick_jdk()/,/^}/p' podium)
java="$(pick_jdk)/bin/java"
data=$(mktemp -d)
log="$data/platform.log"
port=18081
PODIUM_DATA_DIR="$data/podium-data" PORT=$port "$java" -Dserver.tomcat.max-connections=30000 -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/api/clock"; do sleep 0.2; done
until grep -q "RESULTS_OPERATOR" "$log"; do sleep 0.2; done
sleep 3 # the demo operator's venues and the results feed load after start-up
password=$(awk '$1 == "results" && $3 == "RESULTS_OPERATOR" {print $2}' "$log" | tail -1)
./podium mvn -q exec:exec@sse-load -Dload.args="http://127.0.0.1:$port $subscribers $messages results $password"
