#!/usr/bin/env bash
# HTTP ingestion end to end: NDJSON batches stored and run through the SOC's rules (IngestLoad).
# Usage: bench/soc-ingest.sh [clients=4] [batches-per-client=50] [events-per-batch=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-4}
batches=${2:-50}
size=${3:-1000}
port=18084
source bench/platform.sh
start_platform
./podium mvn -q exec:exec@soc-ingest \
  -Dload.args="http://127.0.0.1:$port $clients $batches $size soc $(staff_password soc SOC_ANALYST)"
