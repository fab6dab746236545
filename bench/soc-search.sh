#!/usr/bin/env bash
# Event search latency over many stored events (SearchLoad): fills the store straight in
# PostgreSQL once, then searches through the HTTP API (4-hour window + one field equal to a value).
# Usage: bench/soc-search.sh [events=50000000] [days=10] [searches-per-field=200]
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-50000000}
days=${2:-10}
searches=${3:-200}
port=18085
source bench/platform.sh
start_platform
db_port=$(grep -o "Embedded PostgreSQL [0-9]* listening on port [0-9]*" "$work/platform.log" | tail -1 | awk '{print $NF}')
./podium mvn -q exec:exec@soc-search \
  -Dload.args="http://127.0.0.1:$port $db_port $events $days $searches soc $(staff_password soc SOC_ANALYST)"
