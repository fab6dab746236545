#!/usr/bin/env bash
# Ingestion end to end, with the SigmaHQ rule pack on: events stored and evaluated per second and
# the alert latency (sent -> alert on the board's stream), over HTTP or from Kafka (IngestLoad).
# Usage: bench/soc-ingest.sh [http|kafka] [clients=4] [batches-per-client=50] [events-per-batch=1000] [kafka-rate=0]
# (kafka-rate: events/s produced; 0 produces as fast as it can, the backlog then waits in the topic)
# SOC_WARMUP_BATCHES batches per client (default 250: 1,000,000 events with 4 clients of 1,000) are
# sent first and not measured, so the figures are the platform's steady state, not its just-in-time
# compilers at work (measured: a cold run of 800,000 events spent 7.4 us an event in the C2 compiler
# threads, 30 % of the platform's CPU; after a warm-up of 200,000 events the compilers still took
# half a core in the measured run's first seconds, where all its slowest alerts were).
# SOC_WARMUP_BATCHES=0 measures from a cold start.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-http}
clients=${2:-4}
batches=${3:-50}
size=${4:-1000}
rate=${5:-0}
port=18084
source bench/platform.sh
options=(-Dpodium.soc.sigmahq.enabled=true ${PODIUM_JAVA_OPTS:-})
warmup=${SOC_WARMUP_BATCHES:-250}
if [ "$mode" = kafka ]; then
  ./podium mvn -q exec:exec@soc-ingest -Dload.args="kafka http://127.0.0.1:$port $clients $batches $size soc PASSWORD $work $rate $warmup" \
    > "$work/load.out" 2>&1 &
  load=$!
  until [ -f "$work/kafka" ]; do
    kill -0 "$load" 2>/dev/null || { cat "$work/load.out"; exit 1; }
    sleep 0.2
  done
  options+=(-Dpodium.soc.kafka.enabled=true "-Dspring.kafka.bootstrap-servers=$(cat "$work/kafka")"
            -Dspring.kafka.consumer.auto-offset-reset=earliest)
fi
start_platform "${options[@]}"
grep -m1 "rule pack\|SigmaHQ" "$work/platform.log" >&2 || true
if [ "$mode" = kafka ]; then
  echo "$(staff_password soc SOC_ANALYST)" > "$work/password"
  touch "$work/ready"
  until [ -f "$work/measuring" ]; do
    kill -0 "$load" 2>/dev/null || { cat "$work/load.out"; exit 1; }
    sleep 0.05
  done
  before=$(cpu_seconds)
  threads=$(thread_seconds)
  wait "$load" || { cat "$work/load.out"; exit 1; }
  cat "$work/load.out"
else
  if [ "$warmup" -gt 0 ]; then
    echo "warm-up, not measured: $clients clients x $warmup batches of $size" >&2
    ./podium mvn -q exec:exec@soc-ingest \
      -Dload.args="http http://127.0.0.1:$port $clients $warmup $size soc $(staff_password soc SOC_ANALYST) 0" | sed 's/^/  (warm-up) /' >&2
  fi
  before=$(cpu_seconds)
  threads=$(thread_seconds)
  ./podium mvn -q exec:exec@soc-ingest \
    -Dload.args="http http://127.0.0.1:$port $clients $batches $size soc $(staff_password soc SOC_ANALYST) $warmup"
fi
cpu_report "$before" "$(cpu_seconds)" $((clients * batches * size))
echo "  the platform's CPU by thread:"
thread_report "$threads" "$(thread_seconds)" $((clients * batches * size))
