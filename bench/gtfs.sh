#!/usr/bin/env bash
# Bus lines and GTFS for the whole Games, through the product's API: the bus runs derived from
# the real Paris 2024 schedule and the zipped GTFS feed, timed end to end (first request, then
# warm), with the feed's size and its number of trips.
# Usage: bench/gtfs.sh [repeats=5]
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-5}
port=18088
source bench/platform.sh
start_platform
password=$(staff_password transport TRANSPORT_MANAGER)
out=$(mktemp)
for i in $(seq 1 "$repeats"); do
  curl -sS -o "$out" -w "run $i: %{time_total} s, HTTP %{http_code}, %{size_download} bytes\n" -u "transport:$password" \
    "http://127.0.0.1:$port/api/staff/transport/gtfs.zip"
done
echo "trips: $(unzip -p "$out" trips.txt | tail -n +2 | wc -l), stop_times: $(unzip -p "$out" stop_times.txt | tail -n +2 | wc -l), routes: $(unzip -p "$out" routes.txt | tail -n +2 | wc -l)"
rm -f "$out"
