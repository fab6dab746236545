#!/usr/bin/env bash
# Reliability: SIGKILL the platform in the middle of an on-sale under load, restart it, and check
# that no paid order is lost, no seat is sold twice, expired holds are released and the sales
# total equals the paid orders. Exits non-zero when a check fails.
# Usage: bench/kill-during-sale.sh [buyers=200] [seconds-before-kill=8] [session=BCY-20240801-1]
set -euo pipefail
cd "$(dirname "$0")/.."
buyers=${1:-200}
before_kill=${2:-8}
session=${3:-BCY-20240801-1}
port=18083
source bench/platform.sh
start_platform
./podium mvn -q exec:exec@sale-under-load -Dload.args="http://127.0.0.1:$port $buyers $session $work/placed.txt $work/ready" &
load=$!
until [ -f "$work/ready" ]; do sleep 0.2; done
sleep "$before_kill"
echo "SIGKILL to the platform (pid $pid) after $before_kill s of sales; $(wc -l < "$work/placed.txt" 2>/dev/null || echo 0) orders placed so far"
kill -9 "$pid"
wait "$load" || true
wait "$pid" 2>/dev/null || true
echo "Restarting on the same data directory..."
start_platform
sleep 8 # pending payment confirmations are redelivered by the sandbox provider
./podium mvn -q exec:exec@sale-check \
  -Dload.args="http://127.0.0.1:$port ticketing $(staff_password ticketing TICKETING_MANAGER) $session $work/placed.txt"
