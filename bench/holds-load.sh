#!/usr/bin/env bash
# Holds per second on one hot session over HTTP, then a sell-out, with zero oversell checked.
# Starts the packaged platform in demo mode on a fresh data directory, signs in one fan account
# per client, runs the load (HoldsLoad), stops the platform.
# Usage: bench/holds-load.sh [clients=100] [seconds=30] [hot-session=STA-20240802-1] [sell-out-session=ALX-20240731-1]
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-100}
seconds=${2:-30}
hot=${3:-STA-20240802-1}
sellout=${4:-ALX-20240731-1}
./podium mvn -q -DskipTests package >/dev/null
jar=$(ls target/podium-*.jar | grep -v original | head -1)
source <(sed -n '/^pick_jdk()/,/^}/p' podium)
java="$(pick_jdk)/bin/java"
data=$(mktemp -d)
log="$data/platform.log"
port=18082
PODIUM_DATA_DIR="$data/podium-data" PORT=$port "$java" ${PODIUM_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/api/clock"; do sleep 0.2; done
until grep -q "TICKETING_MANAGER" "$log"; do sleep 0.2; done
password=$(awk '$1 == "ticketing" && $3 == "TICKETING_MANAGER" {print $2}' "$log" | tail -1)
./podium mvn -q exec:exec@holds-load -Dload.args="http://127.0.0.1:$port $clients $seconds ticketing $password $hot $sellout"
