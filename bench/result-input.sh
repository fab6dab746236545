#!/usr/bin/env bash
# A venue's result message, from the request sent to the answer (acceptance, new version, ranks):
# with HTTP Basic (a password hash checked on every message) and with an API token.
# Starts the packaged platform in demo mode on a fresh data directory, posts, stops it.
# Usage: bench/result-input.sh [messages per way=200]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
port=18083
source bench/platform.sh
start_platform
password=$(staff_password results RESULTS_OPERATOR)
unit=http://127.0.0.1:$port/api/staff/results/units/ATHWMARATHON----------FNL-000100--
token=$(curl -fs -u "results:$password" -H 'Content-Type: application/json' -X POST "http://127.0.0.1:$port/api/staff/tokens" \
  -d '{"label":"bench/result-input.sh","days":1}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
curl -fs -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -X POST "$unit" \
  -d '{"status":"START_LIST","entries":[{"competitorCode":"S1","competitorName":"Runner One","noc":"NED","resultType":"TIME"},{"competitorCode":"S2","competitorName":"Runner Two","noc":"ETH","resultType":"TIME"}]}'
measure() { # measure AUTH-OPTION...: posts $n LIVE messages, prints p50 and p99 in ms
  for i in $(seq 1 "$n"); do
    curl -fs -o /dev/null -w '%{time_total}\n' "$@" -H 'Content-Type: application/json' -X POST "$unit" \
      -d "{\"status\":\"LIVE\",\"entries\":[{\"competitorCode\":\"S1\",\"value\":\"2:22:$((10 + i % 50))\"},{\"competitorCode\":\"S2\",\"value\":\"2:23:00\"}]}"
  done | sort -n | awk '{v[NR]=$1*1000} END {printf "p50 %.1f ms  p99 %.1f ms  (%d messages)\n", v[int(NR*0.5)], v[int(NR*0.99)], NR}'
}
measure -H "Authorization: Bearer $token" >/dev/null # warm-up
echo "API token:  $(measure -H "Authorization: Bearer $token")"
echo "HTTP Basic: $(measure -u "results:$password")"
